package org.threatloom.web.edit;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * The GenModel documentation of every class and feature, read from the {@code .ecore} shipped in the metamodel jar
 * (the generated package does not carry it), for the palette's tooltips and the property panel.
 */
final class EcoreDocs {
    static final String RESOURCE = "/org/threatloom/model/threatloom.ecore";

    private EcoreDocs() {}

    /** Keys: {@code Class} and {@code Class.feature}. Empty when the file cannot be read (docs are a nicety). */
    static Map<String, String> load() {
        Map<String, String> docs = new HashMap<>();
        try (InputStream in = EcoreDocs.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return docs;
            ResourceSetImpl set = new ResourceSetImpl();
            set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
            Resource r = set.createResource(URI.createURI("classpath:/threatloom.ecore"));
            r.load(in, Map.of());
            for (EObject o : r.getContents()) {
                if (!(o instanceof EPackage p)) continue;
                for (var c : p.getEClassifiers()) {
                    put(docs, c.getName(), EcoreUtil.getDocumentation(c));
                    if (c instanceof EClass ec) {
                        for (EStructuralFeature f : ec.getEStructuralFeatures()) put(docs, ec.getName() + "." + f.getName(), EcoreUtil.getDocumentation(f));
                    }
                }
            }
        } catch (Exception e) {
            // without documentation the editor still works
        }
        return docs;
    }

    private static void put(Map<String, String> docs, String key, String doc) {
        if (doc != null && !doc.isBlank()) docs.put(key, doc);
    }
}
