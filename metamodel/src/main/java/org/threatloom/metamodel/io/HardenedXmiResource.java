package org.threatloom.metamodel.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.threatloom.model.ModelElement;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XMI resource whose ids are the elements' own {@code id} attribute, written as {@code xmi:id}, and whose loader
 * refuses everything that would make EMF read another file, fetch a URL or load a class (see {@link HardenedXmiHandler}).
 */
final class HardenedXmiResource extends XMIResourceImpl {
    private final List<String> duplicateIds = new ArrayList<>();

    HardenedXmiResource(URI uri) {
        super(uri);
    }

    @Override
    protected boolean useUUIDs() {
        return false;
    }

    /** The element's intrinsic id is its XMI id: references are saved as ids, never as fragment paths. */
    @Override
    public String getID(EObject eObject) {
        String id = EcoreUtil.getID(eObject);
        return id != null ? id : super.getID(eObject);
    }

    /** Called by the parser for every {@code xmi:id}: index it, fill the element's id, remember collisions. */
    @Override
    public void setID(EObject eObject, String id) {
        if (id != null) {
            EObject previous = getIDToEObjectMap().get(id);
            if (previous != null && previous != eObject) duplicateIds.add(id);
        }
        super.setID(eObject, id);
        if (id != null && eObject instanceof ModelElement element && !id.equals(element.getId())) {
            element.setId(id);
        }
    }

    int duplicateCount() {
        return duplicateIds.size();
    }

    String lastDuplicate() {
        return duplicateIds.isEmpty() ? null : duplicateIds.get(duplicateIds.size() - 1);
    }

    /** Drops the load-time id index: after loading, ids live on the elements themselves. */
    void forgetLoadIndex() {
        getIDToEObjectMap().clear();
        getEObjectToIDMap().clear();
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new XMILoadImpl(createXMLHelper()) {
            @Override
            protected DefaultHandler makeDefaultHandler() {
                return new HardenedXmiHandler(resource, helper, options);
            }
        };
    }

    @Override
    protected XMLLoad createXMLLoad(Map<?, ?> options) {
        return createXMLLoad();
    }

    XMLHelper helperForTests() {
        return createXMLHelper();
    }
}
