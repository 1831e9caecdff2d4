package org.threatloom.web.edit;

import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.threatloom.model.ModelElement;
import org.threatloom.model.SystemModel;
import org.threatloom.web.server.Json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a model for the editor: a flat list of elements, each with its type, container, and the values
 * it sets (enums as literals, references as element ids, contained helper objects nested), plus the layout.
 */
public final class ElementJson {
    private ElementJson() {}

    public static ObjectNode model(String modelId, SystemModel model, long revision, LayoutTable layout) {
        ObjectNode root = Json.object();
        root.put("id", modelId);
        root.put("name", model.getName());
        root.put("rootId", model.getId());
        root.put("revision", revision);
        ArrayNode elements = root.putArray("elements");
        elements.add(element(model));
        model.eAllContents().forEachRemaining(o -> {
            if (o instanceof ModelElement e) elements.add(element(e));
        });
        root.set("layout", layout(layout.snapshot()));
        return root;
    }

    public static ObjectNode layout(Map<String, LayoutBox> boxes) {
        ObjectNode l = Json.object();
        boxes.forEach((id, b) -> l.set(id, box(b)));
        return l;
    }

    public static ObjectNode box(LayoutBox b) {
        ObjectNode n = Json.object();
        n.put("x", b.x());
        n.put("y", b.y());
        n.put("w", b.w());
        n.put("h", b.h());
        return n;
    }

    public static ObjectNode element(ModelElement e) {
        ObjectNode n = Json.object();
        n.put("id", e.getId());
        n.put("type", e.eClass().getName());
        n.put("name", e.getName());
        EObject c = e.eContainer();
        while (c != null && !(c instanceof ModelElement)) c = c.eContainer();
        n.put("container", c == null ? null : ((ModelElement) c).getId());
        n.put("containment", e.eContainmentFeature() == null ? null : e.eContainmentFeature().getName());
        n.set("values", values(e, true));
        return n;
    }

    /** The set features of an object (containments of elements are left out: they are elements of their own). */
    static ObjectNode values(EObject o, boolean skipElementContainments) {
        ObjectNode v = Json.object();
        for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
            if (!o.eIsSet(f) || (f instanceof EAttribute a && a.isID()) || f.getName().equals("name")) continue;
            if (f instanceof EReference r && (r.isContainer()
                    || (r.isContainment() && skipElementContainments && ModelElementType.isElement(r.getEReferenceType())))) {
                continue;
            }
            Object value = o.eGet(f);
            if (f.isMany()) {
                ArrayNode a = v.putArray(f.getName());
                for (Object item : (java.util.List<?>) value) add(a, f, item);
            } else {
                ArrayNode tmp = Json.array();
                add(tmp, f, value);
                v.set(f.getName(), tmp.get(0));
            }
        }
        return v;
    }

    private static void add(ArrayNode a, EStructuralFeature f, Object value) {
        if (value == null) a.addNull();
        else if (f instanceof EReference r && r.isContainment()) {
            ObjectNode nested = values((EObject) value, false);
            nested.put("type", ((EObject) value).eClass().getName());
            a.add(nested);
        } else if (value instanceof ModelElement me) a.add(me.getId());
        else if (value instanceof Enumerator en) a.add(en.getLiteral());
        else if (value instanceof Boolean b) a.add(b);
        else if (value instanceof Integer i) a.add(i);
        else if (value instanceof Number num) a.add(num.doubleValue());
        else a.add(String.valueOf(value));
    }

    /** Whether a class is a model element (an element of its own in the editor). */
    static final class ModelElementType {
        static boolean isElement(org.eclipse.emf.ecore.EClass c) {
            return org.threatloom.model.ThreatloomPackage.eINSTANCE.getModelElement().isSuperTypeOf(c);
        }
    }
}
