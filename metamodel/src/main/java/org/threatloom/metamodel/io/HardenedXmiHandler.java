package org.threatloom.metamodel.io;

import java.util.Map;
import java.util.StringTokenizer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.threatloom.model.ThreatloomPackage;

/**
 * The SAX handler behind {@link HardenedXmiResource}. EMF's stock handler follows {@code xsi:schemaLocation}
 * to load metamodels, instantiates {@code java://} packages by class name and turns cross-document {@code href}s
 * into proxies that a later access resolves over any URI scheme. This handler does none of that: only the
 * ThreatLoom package is known, schema locations are never followed, and a reference to anything outside the
 * document is an error at its line and column.
 */
final class HardenedXmiHandler extends SAXXMIHandler {

    HardenedXmiHandler(XMLResource xmiResource, XMLHelper helper, Map<?, ?> options) {
        super(xmiResource, helper, options);
    }

    @Override
    protected void handleXSISchemaLocation(String schemaLocations) {
        StringTokenizer tokens = new StringTokenizer(schemaLocations, " \t\r\n");
        while (tokens.hasMoreTokens()) {
            String namespace = tokens.nextToken();
            if (tokens.hasMoreTokens()) tokens.nextToken(); // the location is never opened
            if (!ThreatloomPackage.eNS_URI.equals(namespace)) {
                error(new LocatedError("unknown metamodel '" + namespace + "' (only " + ThreatloomPackage.eNS_URI
                        + " is accepted)", getLocation(), getLineNumber(), getColumnNumber()));
            }
        }
    }

    @Override
    protected void handleXSINoNamespaceSchemaLocation(String noNamespaceSchemaLocation) {
        error(new LocatedError("unknown metamodel: xsi:noNamespaceSchemaLocation is not allowed", getLocation(),
                getLineNumber(), getColumnNumber()));
    }

    /** Only our own package; never demand-load a metamodel from a namespace or location. */
    @Override
    protected EPackage getPackageForURI(String uriString) {
        if (ThreatloomPackage.eNS_URI.equals(uriString)) return ThreatloomPackage.eINSTANCE;
        if (uriString != null && reportedNamespaces.add(uriString)) {
            error(new LocatedError("unknown metamodel '" + uriString + "' (only " + ThreatloomPackage.eNS_URI
                    + " is accepted)", getLocation(), getLineNumber(), getColumnNumber()));
        }
        return null;
    }

    private final java.util.Set<String> reportedNamespaces = new java.util.HashSet<>();

    /** An element carrying a foreign {@code href} is refused before EMF creates a proxy for it. */
    @Override
    protected void handleFeature(String prefix, String name) {
        String href = attribs == null ? null : attribs.getValue(hrefAttribute);
        if (href != null && !sameDocument(href)) {
            types.push(ERROR_TYPE);
            error(new LocatedError("external reference not allowed: '" + href + "'", getLocation(), getLineNumber(),
                    getColumnNumber()));
            return;
        }
        super.handleFeature(prefix, name);
    }

    @Override
    protected void handleProxy(InternalEObject proxy, String uriLiteral) {
        if (!sameDocument(uriLiteral)) {
            error(new LocatedError("external reference not allowed: '" + uriLiteral + "'", getLocation(),
                    getLineNumber(), getColumnNumber()));
            return;
        }
        super.handleProxy(proxy, uriLiteral);
    }

    private boolean sameDocument(String uriLiteral) {
        URI uri = URI.createURI(uriLiteral);
        return uri.trimFragment().isEmpty() || uri.trimFragment().equals(resourceURI);
    }

    /** An error whose message is just the message; the location is carried separately. */
    static final class LocatedError extends XMIException {
        private static final long serialVersionUID = 1L;
        private final String plain;

        LocatedError(String message, String location, int line, int column) {
            super(message, location, line, column);
            this.plain = message;
        }

        String plainMessage() {
            return plain;
        }
    }

    @Override
    protected void handleObjectAttribs(EObject obj) {
        HardenedXmiResource resource = (HardenedXmiResource) xmlResource;
        int before = resource.duplicateCount();
        super.handleObjectAttribs(obj);
        if (resource.duplicateCount() > before) {
            error(new LocatedError("duplicate id '" + resource.lastDuplicate() + "'", getLocation(), getLineNumber(),
                    getColumnNumber()));
        }
    }
}
