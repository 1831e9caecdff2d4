package org.threatloom.metamodel.interop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.threatloom.model.Component;
import org.threatloom.model.ModelElement;
import org.threatloom.model.Node;
import org.threatloom.model.Property;
import org.threatloom.model.SecurityLevelVector;
import org.threatloom.model.SystemModel;
import org.threatloom.model.Threat;
import org.threatloom.model.ThreatOrigin;
import org.threatloom.model.ThreatloomPackage;

/**
 * Re-import into an existing model. Elements are matched by sourceId (within their kind): a matched element keeps
 * its ThreatLoom id, so threat ids and review decisions still point at it. The source decides every feature the
 * previous import set (recorded in the property {@value #IMPORTED}); features set in ThreatLoom since are kept, as
 * are tags and properties added in ThreatLoom, parts added inside imported components, and everything that did not
 * come from the source (review decisions, countermeasures, manual threats, elements without a sourceId, ...).
 * Elements the source no longer has are removed; references to them from kept content are dropped and reported.
 */
public final class Reimport {
    /** Property listing the features an import set on an element (space-separated names). */
    public static final String IMPORTED = "import.set";
    private static final Set<String> SOURCE_TAGS = Set.of("out-of-scope", ModelBuilder.OUTSIDE_TAG, ModelBuilder.KIND_GUESSED);
    private static final List<String> SOURCE_PREFIXES = List.of("td.", "otm.", "threagile.", "tm7.", "layout.", "source.", "stride.", "import.");

    private final ImportReport report;
    private final Map<String, ModelElement> existingBySource = new HashMap<>();
    private final Map<EObject, EObject> matched = new IdentityHashMap<>();
    private Map<String, EObject> resultIds;

    private Reimport(ImportReport report) {
        this.report = report;
    }

    /** Records on every imported element which features the import set (called on every fresh import). */
    public static void recordImportedFeatures(SystemModel model) {
        List<EObject> all = new ArrayList<>();
        all.add(model);
        model.eAllContents().forEachRemaining(all::add);
        for (EObject o : all) {
            if (!(o instanceof ModelElement e) || (e.getSourceId() == null && e != model)) continue;
            List<String> names = new ArrayList<>();
            for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
                if (settable(f) && o.eIsSet(f)) names.add(f.getName());
                else if (f.getEType() == ThreatloomPackage.eINSTANCE.getSecurityLevelVector() && o.eGet(f) instanceof SecurityLevelVector v) {
                    names.add(f.getName() + "=" + levels(v));
                }
            }
            ModelBuilder.property(e, IMPORTED, String.join(" ", names));
        }
    }

    /** Merges {@code fresh} (a new import) into {@code existing}; returns the merged model (built on {@code fresh}). */
    public static SystemModel merge(SystemModel existing, SystemModel fresh, ImportReport report) {
        return new Reimport(report).run(existing, fresh);
    }

    private SystemModel run(SystemModel existing, SystemModel fresh) {
        for (TreeIterator<EObject> it = existing.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ModelElement e && e.getSourceId() != null) existingBySource.put(key(e), e);
        }
        matched.put(fresh, existing);
        List<ModelElement> freshElements = new ArrayList<>();
        fresh.eAllContents().forEachRemaining(o -> {
            if (o instanceof ModelElement e) freshElements.add(e);
        });
        int updated = 0;
        for (ModelElement f : freshElements) {
            ModelElement m = f.getSourceId() == null ? null : existingBySource.get(key(f));
            if (m != null && m.eClass() == f.eClass()) {
                matched.put(f, m);
                updated++;
            }
        }
        List<EObject> kept = keptFromExisting(existing);
        renumber(existing, fresh, freshElements, kept);
        List<EObject[]> pending = new ArrayList<>();
        for (Map.Entry<EObject, EObject> e : matched.entrySet()) refine(e.getKey(), e.getValue(), pending);
        EcoreUtil.Copier copier = new EcoreUtil.Copier(true, true);
        for (EObject o : kept) {
            EObject copy = copier.copy(o);
            EObject owner = o.eContainer() == existing ? fresh : counterpart(o.eContainer());
            @SuppressWarnings("unchecked")
            EList<EObject> list = (EList<EObject>) owner.eGet(o.eContainingFeature());
            list.add(copy);
        }
        copier.copyReferences();
        resultIds = ids(fresh);
        for (EObject copy : copier.values()) remapReferences(copy);
        for (EObject[] p : pending) setReference(p);
        int removed = 0;
        for (ModelElement e : existingBySource.values()) if (!matched.containsValue(e)) removed++;
        report.set("updated", updated);
        report.set("added", freshElements.size() - updated);
        report.set("removed", removed);
        report.set("kept", kept.size());
        return fresh;
    }

    /** Existing content that did not come from the source: kept as is. */
    private List<EObject> keptFromExisting(SystemModel existing) {
        List<EObject> out = new ArrayList<>();
        for (EObject o : existing.eContents()) {
            if (o instanceof Threat t && t.getOrigin() == ThreatOrigin.IMPORTED && t.getSourceId() != null) continue;
            if (o instanceof ModelElement e && e.getSourceId() != null) {
                if (o instanceof Component c) partsAddedInThreatLoom(c, out);
                continue;
            }
            if (o instanceof Property) continue;
            out.add(o);
        }
        return out;
    }

    private void partsAddedInThreatLoom(Component c, List<EObject> out) {
        for (Component part : c.getParts()) {
            if (part.getSourceId() == null) out.add(part);
            else partsAddedInThreatLoom(part, out);
        }
    }

    /** Matched fresh elements take the existing id; others keep theirs unless an existing id is in the way. */
    private void renumber(SystemModel existing, SystemModel fresh, List<ModelElement> freshElements, List<EObject> kept) {
        Set<String> reserved = new HashSet<>();
        for (EObject m : matched.values()) reserved.add(((ModelElement) m).getId());
        for (EObject k : kept) {
            if (k instanceof ModelElement e) reserved.add(e.getId());
            k.eAllContents().forEachRemaining(o -> {
                if (o instanceof ModelElement e) reserved.add(e.getId());
            });
        }
        Set<String> used = new HashSet<>(reserved);
        for (ModelElement f : freshElements) {
            if (matched.containsKey(f)) continue;
            String id = f.getId();
            if (used.contains(id)) {
                String base = id;
                for (int i = 2; used.contains(id); i++) id = base + "-" + i;
                f.setId(id);
            }
            used.add(id);
        }
        for (Map.Entry<EObject, EObject> e : matched.entrySet()) ((ModelElement) e.getKey()).setId(((ModelElement) e.getValue()).getId());
    }

    /** Features set in ThreatLoom (not by the previous import) survive when the source does not set them. */
    private void refine(EObject fresh, EObject old, List<EObject[]> pending) {
        Set<String> previous = new HashSet<>(List.of(String.valueOf(ModelBuilder.property((ModelElement) old, IMPORTED)).split(" ")));
        ModelElement f = (ModelElement) fresh, m = (ModelElement) old;
        for (EStructuralFeature feature : old.eClass().getEAllStructuralFeatures()) {
            if (!settable(feature) || previous.contains(feature.getName()) || !old.eIsSet(feature) || fresh.eIsSet(feature)) continue;
            if (feature instanceof EReference r) pending.add(new EObject[] {fresh, r, old});
            else fresh.eSet(feature, old.eGet(feature));
        }
        for (EStructuralFeature feature : old.eClass().getEAllStructuralFeatures()) {
            // a security-level vector changed in ThreatLoom since the last import (e.g. a zone's SL-T) is kept
            if (feature.getEType() == ThreatloomPackage.eINSTANCE.getSecurityLevelVector() && old.eGet(feature) instanceof SecurityLevelVector v
                    && !previous.contains(feature.getName() + "=" + levels(v))) {
                fresh.eSet(feature, EcoreUtil.copy(v));
            }
        }
        for (String tag : m.getTags()) if (!SOURCE_TAGS.contains(tag) && !f.getTags().contains(tag)) f.getTags().add(tag);
        for (Property p : m.getProperties()) {
            if (SOURCE_PREFIXES.stream().noneMatch(p.getKey()::startsWith) && ModelBuilder.property(f, p.getKey()) == null) {
                ModelBuilder.property(f, p.getKey(), p.getValue());
            }
        }
    }

    private void setReference(EObject[] p) {
        EObject fresh = p[0], old = p[2];
        EReference r = (EReference) p[1];
        if (r.isMany()) {
            @SuppressWarnings("unchecked")
            EList<EObject> target = (EList<EObject>) fresh.eGet(r);
            for (Object o : (Collection<?>) old.eGet(r)) {
                EObject mapped = map((EObject) o, fresh, r);
                if (mapped != null && !target.contains(mapped)) target.add(mapped);
            }
        } else {
            EObject mapped = map((EObject) old.eGet(r), fresh, r);
            if (mapped != null) fresh.eSet(r, mapped);
        }
    }

    private void remapReferences(EObject copy) {
        for (EReference r : copy.eClass().getEAllReferences()) {
            if (r.isContainment() || r.isContainer() || !r.isChangeable() || r.isDerived()) continue;
            if (r.isMany()) {
                @SuppressWarnings("unchecked")
                EList<EObject> list = (EList<EObject>) copy.eGet(r);
                for (int i = list.size() - 1; i >= 0; i--) {
                    EObject mapped = map(list.get(i), copy, r);
                    if (mapped == null) list.remove(i);
                    else if (mapped != list.get(i)) list.set(i, mapped);
                }
            } else if (copy.eGet(r) instanceof EObject target) {
                EObject mapped = map(target, copy, r);
                if (mapped != target) copy.eSet(r, mapped);
            }
        }
    }

    /** The object a reference should point to in the merged model (same id), or null (reported). */
    private EObject map(EObject target, EObject from, EReference r) {
        if (target == null) return null;
        if (EcoreUtil.getRootContainer(target) == resultRoot()) return target;
        String id = target instanceof ModelElement e ? e.getId() : null;
        EObject mapped = id == null ? null : resultIds.get(id);
        if (mapped == null || !r.getEReferenceType().isInstance(mapped)) {
            report.note("re-import: " + (from instanceof ModelElement e ? e.getId() : from.eClass().getName()) + "." + r.getName()
                    + " pointed to '" + id + "', which the source no longer has; the reference was dropped");
            return null;
        }
        return mapped;
    }

    private EObject resultRoot;

    private EObject resultRoot() {
        return resultRoot;
    }

    private Map<String, EObject> ids(SystemModel model) {
        resultRoot = model;
        Map<String, EObject> out = new HashMap<>();
        out.put(model.getId(), model);
        model.eAllContents().forEachRemaining(o -> {
            if (o instanceof ModelElement e && e.getId() != null) out.putIfAbsent(e.getId(), o);
        });
        return out;
    }

    private EObject counterpart(EObject existingContainer) {
        for (Map.Entry<EObject, EObject> e : matched.entrySet()) if (e.getValue() == existingContainer) return e.getKey();
        throw new IllegalStateException("no counterpart for " + existingContainer);
    }

    private static String levels(SecurityLevelVector v) {
        return v.getIac() + "." + v.getUc() + "." + v.getSi() + "." + v.getDc() + "." + v.getRdf() + "." + v.getTre() + "." + v.getRa();
    }

    private static String key(ModelElement e) {
        String family = e instanceof Node ? "node" : e.eClass().getName();
        return family + "\u0000" + e.getSourceId();
    }

    private static boolean settable(EStructuralFeature f) {
        ThreatloomPackage p = ThreatloomPackage.eINSTANCE;
        if (!f.isChangeable() || f.isDerived() || f.isTransient() || f.isVolatile()) return false;
        if (f instanceof EReference r && (r.isContainment() || r.isContainer())) return false;
        return f != p.getModelElement_Id() && f != p.getModelElement_SourceId() && f != p.getModelElement_Tags();
    }
}
