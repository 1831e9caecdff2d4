package org.threatloom.web.edit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.threatloom.metamodel.io.Ids;
import org.threatloom.model.DataFlow;
import org.threatloom.model.ModelElement;
import org.threatloom.model.ReviewDecision;
import org.threatloom.model.SystemModel;
import org.threatloom.model.ThreatloomPackage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Applies a batch of JSON-Patch-style operations ({@code add}, {@code replace}, {@code remove} on an element's
 * feature, by element id and feature name), checked against the Ecore metamodel and {@link EditRules}. The batch is
 * all or nothing: on the first refused operation every change already made is reverted.
 */
public final class EditApplier {
    public static final String LAYOUT = "@layout";
    public static final int MAX_OPS = 2_000;

    private final SystemModel model;
    private final Map<String, ModelElement> index;
    private final LayoutTable layout;
    private final List<Change> changes = new ArrayList<>();
    private final List<String> created = new ArrayList<>();

    public EditApplier(SystemModel model, Map<String, ModelElement> index, LayoutTable layout) {
        this.model = model;
        this.index = index;
        this.layout = layout;
    }

    /** The result of a batch: the changes (for undo) and the ids of created elements, in order. */
    public record Result(List<Change> changes, List<String> created) {}

    public Result apply(JsonNode ops) throws EditException {
        if (ops == null || !ops.isArray() || ops.isEmpty()) throw new EditException("'ops' must be a non-empty array of operations");
        if (ops.size() > MAX_OPS) throw new EditException("at most " + MAX_OPS + " operations per request");
        int i = 0;
        try {
            for (JsonNode op : ops) {
                one(op);
                i++;
            }
        } catch (EditException | RuntimeException e) {
            for (int k = changes.size() - 1; k >= 0; k--) changes.get(k).revert();
            String why = e instanceof EditException ? e.getMessage() : "cannot apply: " + e;
            throw new EditException("operation " + i + ": " + why);
        }
        return new Result(List.copyOf(changes), List.copyOf(created));
    }

    /**
     * A JSON Pointer (RFC 6901) as element and feature: {@code /element/feature}, {@code /element} (the element itself,
     * for remove), or {@code /feature} of the model root; a trailing {@code /-} (append) is the same as without it.
     */
    private String[] pointer(String path) throws EditException {
        if (!path.startsWith("/")) throw new EditException("'path' must start with '/'");
        List<String> parts = new ArrayList<>();
        for (String p : path.substring(1).split("/", -1)) parts.add(p.replace("~1", "/").replace("~0", "~"));
        if (parts.size() > 1 && parts.get(parts.size() - 1).equals("-")) parts.remove(parts.size() - 1);
        if (parts.size() == 1) {
            String only = parts.get(0);
            boolean rootFeature = index.get(only) == null && model.eClass().getEStructuralFeature(only) != null;
            return rootFeature ? new String[] {null, only} : new String[] {only, null};
        }
        if (parts.size() == 2) return new String[] {parts.get(0), parts.get(1)};
        throw new EditException("'path' must be /element/feature, /element or /feature of the model");
    }

    private void one(JsonNode op) throws EditException {
        if (!op.isObject()) throw new EditException("expected an object");
        String kind = text(op, "op");
        String elementId = text(op, "element");
        String featureName = text(op, "feature");
        String path = text(op, "path");
        if (path != null && elementId == null) {
            String[] ef = pointer(path);
            elementId = ef[0];
            featureName = ef[1];
        }
        EObject target = elementId == null || elementId.equals(model.getId()) ? model : index.get(elementId);
        if (target == null) throw new EditException("no element with id '" + elementId + "'");
        JsonNode value = op.get("value");
        if ("remove".equals(kind) && featureName == null) {
            delete(target);
            return;
        }
        if (featureName == null) throw new EditException("'feature' is required");
        if (LAYOUT.equals(featureName)) {
            if (!"replace".equals(kind) && !"add".equals(kind)) throw new EditException("layout can only be replaced");
            setLayout(target, value);
            return;
        }
        EStructuralFeature f = target.eClass().getEStructuralFeature(featureName);
        if (f == null) throw new EditException(target.eClass().getName() + " has no feature '" + featureName + "'");
        String refusal = EditRules.refusal(target.eClass(), f);
        if (refusal != null) throw new EditException(refusal);
        switch (kind == null ? "" : kind) {
            case "add" -> add(target, f, value);
            case "replace" -> replace(target, f, value);
            case "remove" -> remove(target, f, value);
            default -> throw new EditException("'op' must be add, replace or remove");
        }
    }

    private void add(EObject target, EStructuralFeature f, JsonNode value) throws EditException {
        if (!f.isMany()) throw new EditException("'" + f.getName() + "' holds one value: use replace");
        Object v = convert(f, value);
        List<Object> list = Change.list(target, f);
        if (!f.isUnique() || !list.contains(v)) record(new Change.Add(target, f, v, list.size()));
    }

    private void replace(EObject target, EStructuralFeature f, JsonNode value) throws EditException {
        if (f.isMany()) {
            if (value == null || !value.isArray()) throw new EditException("'" + f.getName() + "' holds a list: give an array");
            List<Object> list = Change.list(target, f);
            for (int i = list.size() - 1; i >= 0; i--) removeFromList(target, f, list.get(i));
            for (JsonNode v : value) add(target, f, v);
            return;
        }
        if (f instanceof EReference r && r.isContainment() && target.eGet(f) instanceof EObject old) {
            if (old instanceof ModelElement) deleteReferencesTo(old);
        }
        Object v = convert(f, value);
        boolean set = v != null;
        record(new Change.Set(target, f, target.eGet(f), target.eIsSet(f), v, set));
    }

    private void remove(EObject target, EStructuralFeature f, JsonNode value) throws EditException {
        if (!f.isMany()) {
            record(new Change.Set(target, f, target.eGet(f), target.eIsSet(f), null, false));
            return;
        }
        if (value == null || value.isNull()) throw new EditException("say which value to remove from '" + f.getName() + "'");
        Object v = f instanceof EReference r && r.isContainment() ? index.get(value.asText()) : convert(f, value);
        if (v instanceof EObject e && f instanceof EReference r && r.isContainment()) {
            delete(e);
            return;
        }
        if (!Change.list(target, f).contains(v)) throw new EditException("'" + f.getName() + "' does not hold " + value);
        removeFromList(target, f, v);
    }

    private Object convert(EStructuralFeature f, JsonNode value) throws EditException {
        if (f instanceof EAttribute a) return Values.attribute(a, value);
        EReference r = (EReference) f;
        if (!r.isContainment()) return Values.reference(r, value, index);
        if (value == null || value.isNull()) return null;
        if (!value.isObject()) throw new EditException(r.getName() + ": give the new element as an object with a 'type'");
        return create(r, (ObjectNode) value);
    }

    /** A new contained object: its type checked against the reference, id assigned here, then its values set. */
    private EObject create(EReference r, ObjectNode value) throws EditException {
        String typeName = text(value, "type");
        EClass type = r.getEReferenceType();
        if (typeName != null) {
            EClassifier c = ThreatloomPackage.eINSTANCE.getEClassifier(typeName);
            if (!(c instanceof EClass ec) || !type.isSuperTypeOf(ec)) {
                throw new EditException("'" + typeName + "' is not a kind of " + type.getName() + " (feature '" + r.getName() + "')");
            }
            type = ec;
        }
        if (!EditRules.creatable(type)) throw new EditException("elements of type " + type.getName() + " cannot be created by an edit");
        if (value.has("id")) throw new EditException("ids are assigned by the server");
        EObject obj = EcoreUtil.create(type);
        if (obj instanceof ModelElement me) {
            me.setId(freshId(obj));
            me.setName(type.getName());
            index.put(me.getId(), me);
            created.add(me.getId());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("type") || e.getKey().equals(LAYOUT)) continue;
            EStructuralFeature f = type.getEStructuralFeature(e.getKey());
            if (f == null) throw new EditException(type.getName() + " has no feature '" + e.getKey() + "'");
            String refusal = EditRules.refusal(type, f);
            if (refusal != null) throw new EditException(refusal);
            Object v = f.isMany() ? null : convert(f, e.getValue());
            if (f.isMany()) {
                if (!e.getValue().isArray()) throw new EditException("'" + f.getName() + "' holds a list: give an array");
                for (JsonNode item : e.getValue()) Change.list(obj, f).add(convert(f, item));
            } else if (v != null) {
                obj.eSet(f, v);
            }
        }
        if (value.has(LAYOUT) && obj instanceof ModelElement) pendingLayout.add(new Object[] {obj, value.get(LAYOUT)});
        return obj;
    }

    private final List<Object[]> pendingLayout = new ArrayList<>();

    private void record(Change c) throws EditException {
        c.apply();
        changes.add(c);
        for (Object[] p : pendingLayout) setLayout((EObject) p[0], (JsonNode) p[1]);
        pendingLayout.clear();
    }

    private void removeFromList(EObject target, EStructuralFeature f, Object v) {
        int idx = Change.list(target, f).indexOf(v);
        if (idx >= 0) record0(new Change.Remove(target, f, v, idx));
    }

    private void record0(Change c) {
        c.apply();
        changes.add(c);
    }

    private void setLayout(EObject target, JsonNode v) throws EditException {
        if (!(target instanceof ModelElement me)) throw new EditException("only elements have a layout");
        if (v == null || !v.isObject()) throw new EditException("layout: give {x, y, w, h}");
        try {
            LayoutBox box = LayoutBox.of(v.path("x").asDouble(), v.path("y").asDouble(), v.path("w").asDouble(0), v.path("h").asDouble(0));
            record0(new Change.Layout(me, me.getId(), layout.get(me.getId()), box, layout));
        } catch (IllegalArgumentException e) {
            throw new EditException("layout: " + e.getMessage());
        }
    }

    /** Deletes an element: flows attached to it go too, and every reference to it (or its contents) is removed. */
    private void delete(EObject e) throws EditException {
        if (e == model) throw new EditException("the model itself cannot be deleted");
        if (e instanceof ReviewDecision) throw new EditException("review decisions are append-only");
        if (e.eContainer() == null) return; // already deleted in this batch
        Set<EObject> doomed = new LinkedHashSet<>();
        doomed.add(e);
        e.eAllContents().forEachRemaining(doomed::add);
        for (DataFlow flow : List.copyOf(model.getFlows())) {
            if (flow != e && (doomed.contains(flow.getSource()) || doomed.contains(flow.getTarget()))) delete(flow);
        }
        deleteReferencesTo(e);
        EReference containment = e.eContainmentFeature();
        EObject container = e.eContainer();
        if (containment.isMany()) record0(new Change.Remove(container, containment, e, Change.list(container, containment).indexOf(e)));
        else record0(new Change.Set(container, containment, e, true, null, false));
        for (EObject d : doomed) if (d instanceof ModelElement me) index.remove(me.getId());
    }

    private void deleteReferencesTo(EObject e) throws EditException {
        Set<EObject> doomed = new LinkedHashSet<>();
        doomed.add(e);
        e.eAllContents().forEachRemaining(doomed::add);
        for (Map.Entry<EObject, java.util.Collection<EStructuralFeature.Setting>> usage
                : EcoreUtil.UsageCrossReferencer.findAll(doomed, model).entrySet()) {
            for (EStructuralFeature.Setting s : usage.getValue()) {
                EObject holder = s.getEObject();
                if (doomed.contains(holder)) continue;
                EStructuralFeature f = s.getEStructuralFeature();
                if (holder instanceof ReviewDecision) {
                    throw new EditException(((ModelElement) usage.getKey()).getId() + " is named by review decision "
                            + ((ReviewDecision) holder).getId() + ", and decisions are append-only");
                }
                if (f.isMany()) removeFromList(holder, f, usage.getKey());
                else record0(new Change.Set(holder, f, holder.eGet(f), holder.eIsSet(f), null, false));
            }
        }
    }

    private String freshId(EObject obj) {
        String id = Ids.fresh(model, obj);
        int dash = id.lastIndexOf('-');
        String prefix = id.substring(0, dash + 1);
        int n = Integer.parseInt(id.substring(dash + 1));
        while (index.containsKey(id)) id = prefix + (++n);
        return id;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
