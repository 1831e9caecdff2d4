package org.threatloom.web.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.threatloom.model.ThreatloomPackage;
import org.threatloom.web.server.Json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The metamodel as the editor needs it, read from the Ecore package: every class with its documentation and
 * features (type, multiplicity, enum literals, whether an edit may change it), and the palette grouped by domain.
 */
public final class MetamodelJson {
    private static final ThreatloomPackage P = ThreatloomPackage.eINSTANCE;
    private static volatile ObjectNode cached;

    private MetamodelJson() {}

    public static ObjectNode get() {
        ObjectNode c = cached;
        if (c == null) cached = c = build();
        return c;
    }

    /** The palette group of a concrete class (null: not on the palette). */
    public static String group(EClass c) {
        if (!EditRules.creatable(c) || !P.getModelElement().isSuperTypeOf(c) || c == P.getDataFlow()) return null;
        if (P.getHardwareComponent().isSuperTypeOf(c)) return "hardware";
        if (P.getParty().isSuperTypeOf(c) || c == P.getSupply()) return "supply chain";
        if (P.getDevice().isSuperTypeOf(c) || List.of(P.getBroker(), P.getOtaUpdateService(), P.getOperatingSystem(), P.getTee(),
                P.getRootOfTrust(), P.getFieldBus(), P.getWorkstation(), P.getFirmwareImage()).contains(c)) {
            return "IoT";
        }
        if (P.getActor().isSuperTypeOf(c) || List.of(P.getZone(), P.getConduit(), P.getTrustBoundary(), P.getCountermeasure(),
                P.getThreat(), P.getAssumption(), P.getAttestation()).contains(c)) {
            return "security";
        }
        return "cloud";
    }

    private static Map<String, String> docs = Map.of();

    private static ObjectNode build() {
        docs = EcoreDocs.load();
        ObjectNode root = Json.object();
        root.put("nsURI", P.getNsURI());
        ObjectNode classes = root.putObject("classes");
        ObjectNode enums = root.putObject("enums");
        Map<String, ArrayNode> palette = new LinkedHashMap<>();
        for (String g : List.of("cloud", "IoT", "hardware", "supply chain", "security")) palette.put(g, Json.array());
        for (EClassifier classifier : P.getEClassifiers()) {
            if (classifier instanceof EEnum e) {
                ArrayNode lits = enums.putArray(e.getName());
                for (EEnumLiteral l : e.getELiterals()) lits.add(l.getLiteral());
            } else if (classifier instanceof EClass c) {
                classes.set(c.getName(), describe(c));
                String g = group(c);
                if (g != null) palette.get(g).add(c.getName());
            }
        }
        ObjectNode pal = root.putObject("palette");
        palette.forEach(pal::set);
        return root;
    }

    private static ObjectNode describe(EClass c) {
        ObjectNode n = Json.object();
        n.put("abstract", c.isAbstract());
        n.put("doc", docs.getOrDefault(c.getName(), doc(c)));
        n.put("element", P.getModelElement().isSuperTypeOf(c));
        n.put("node", P.getNode().isSuperTypeOf(c));
        n.put("creatable", EditRules.creatable(c));
        ArrayNode sup = n.putArray("supertypes");
        for (EClass s : c.getEAllSuperTypes()) sup.add(s.getName());
        String rootFeature = rootFeature(c);
        n.put("rootFeature", rootFeature);
        ArrayNode features = n.putArray("features");
        for (EStructuralFeature f : c.getEAllStructuralFeatures()) {
            ObjectNode fn = features.addObject();
            fn.put("name", f.getName());
            fn.put("kind", f instanceof EAttribute ? "attribute" : "reference");
            fn.put("type", f.getEType().getName());
            fn.put("many", f.isMany());
            fn.put("required", f.getLowerBound() > 0);
            fn.put("doc", docs.getOrDefault(f.getEContainingClass().getName() + "." + f.getName(), doc(f)));
            if (f instanceof EReference r) fn.put("containment", r.isContainment());
            if (f.getEType() instanceof EEnum) fn.put("enum", true);
            if (f.getDefaultValueLiteral() != null) fn.put("default", f.getDefaultValueLiteral());
            fn.put("editable", c.isAbstract() ? EditRules.refusal(c, f) == null : EditRules.refusal(c, f) == null);
        }
        return n;
    }

    /** The feature of the root model that holds elements of this class. */
    private static String rootFeature(EClass c) {
        for (EReference r : P.getSystemModel().getEAllContainments()) {
            if (r.getEReferenceType().isSuperTypeOf(c)) return r.getName();
        }
        return null;
    }

    private static String doc(EModelElement e) {
        String d = EcoreUtil.getDocumentation(e);
        return d == null ? "" : d;
    }
}
