package org.threatloom.metamodel.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.threatloom.model.SystemModel;
import org.threatloom.model.ThreatloomPackage;

/**
 * Reads and writes model bytes as XMI. Loading is hardened: DOCTYPE is refused (no entities, no external DTD,
 * no billion laughs), only the ThreatLoom package is registered (no delegate to the global registry), the URI
 * converter refuses every URI, and ids with deferred IDREF resolution keep 100k-element models fast.
 */
public final class XmiCodec {
    /** The URI every loaded model gets inside EMF; never opened. */
    static final URI MODEL_URI = URI.createURI("threatloom:/model.tlm");
    private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

    private XmiCodec() {}

    /** Parses XMI bytes into a model. {@code displayName} is what error messages call the file. */
    public static SystemModel read(InputStream in, String displayName) throws ModelLoadException {
        HardenedXmiResource resource = new HardenedXmiResource(MODEL_URI);
        newResourceSet().getResources().add(resource);
        try {
            resource.load(in, loadOptions());
        } catch (IOException | RuntimeException e) {
            throw LoadErrors.translate(displayName, resource, e);
        }
        if (!resource.getErrors().isEmpty()) throw LoadErrors.translate(displayName, resource, null);
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof SystemModel model)) {
            throw new ModelLoadException(displayName, 1, 1,
                    "not a ThreatLoom model: the root element must be a tl:SystemModel, found "
                            + resource.getContents().stream().map(o -> o.eClass().getName()).toList());
        }
        LoadErrors.rejectProxies(displayName, model);
        resource.forgetLoadIndex();
        return model;
    }

    /** Serialises a model to XMI bytes (UTF-8), ids as {@code xmi:id}. Does not change the model. */
    public static void write(SystemModel model, OutputStream out) throws IOException {
        Resource original = model.eResource();
        HardenedXmiResource resource = new HardenedXmiResource(MODEL_URI);
        if (original == null) {
            newResourceSet().getResources().add(resource);
            resource.getContents().add(model);
            try {
                resource.save(out, saveOptions());
            } finally {
                resource.getContents().remove(model);
            }
        } else if (original instanceof HardenedXmiResource hardened) {
            hardened.save(out, saveOptions());
        } else {
            // a model held in some other resource: save a copy so the caller's resource is untouched
            newResourceSet().getResources().add(resource);
            resource.getContents().add(EcoreUtil.copy(model));
            resource.save(out, saveOptions());
        }
    }

    public static byte[] toBytes(SystemModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(model, out);
        return out.toByteArray();
    }

    /** A resource set that knows only our package and opens no URI. */
    public static ResourceSet newResourceSet() {
        ResourceSetImpl set = new ResourceSetImpl();
        EPackage.Registry registry = new EPackageRegistryImpl();
        registry.put(ThreatloomPackage.eNS_URI, ThreatloomPackage.eINSTANCE);
        set.setPackageRegistry(registry);
        set.setURIConverter(new RefusingUriConverter());
        Resource.Factory factory = HardenedXmiResource::new;
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", factory);
        set.getResourceFactoryRegistry().getProtocolToFactoryMap().put("threatloom", factory);
        return set;
    }

    /** Puts a freshly built model into a hardened resource so that it has the same id behaviour as a loaded one. */
    public static void attach(EObject model) {
        if (model.eResource() != null) return;
        HardenedXmiResource resource = new HardenedXmiResource(MODEL_URI);
        newResourceSet().getResources().add(resource);
        resource.getContents().add(model);
    }

    static Map<Object, Object> loadOptions() {
        Map<Object, Object> o = new HashMap<>();
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        o.put(XMLResource.OPTION_PARSER_FEATURES, features);
        Map<String, Object> properties = new HashMap<>();
        properties.put(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        properties.put(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        o.put(XMLResource.OPTION_PARSER_PROPERTIES, properties);
        o.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        o.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        o.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        o.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        o.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        o.put(XMLResource.OPTION_RESOLVE_ENTITIES, Boolean.FALSE);
        return o;
    }

    static Map<Object, Object> saveOptions() {
        Map<Object, Object> o = new HashMap<>();
        o.put(XMLResource.OPTION_ENCODING, "UTF-8");
        o.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new java.util.ArrayList<>());
        o.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        o.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        o.put(XMLResource.OPTION_LINE_WIDTH, 160);
        o.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        return o;
    }
}
