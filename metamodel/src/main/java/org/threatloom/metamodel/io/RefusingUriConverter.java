package org.threatloom.metamodel.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;

/**
 * The URI converter of every resource set ThreatLoom loads models into. The store reads and writes model bytes
 * itself, so EMF never needs to open a URI: any attempt (a proxy being resolved, a schema location, a
 * {@code platform:}, {@code http:}, {@code jar:} or {@code file:} href) is refused and nothing is read.
 */
final class RefusingUriConverter extends ExtensibleURIConverterImpl {

    @Override
    public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
        throw new IOException("external reference not allowed: '" + uri + "'");
    }

    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
        throw new IOException("writing through EMF is not allowed: '" + uri + "'");
    }

    @Override
    public boolean exists(URI uri, Map<?, ?> options) {
        return false;
    }

    @Override
    public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
        return Collections.emptyMap();
    }

    @Override
    public void delete(URI uri, Map<?, ?> options) throws IOException {
        throw new IOException("deleting through EMF is not allowed: '" + uri + "'");
    }
}
