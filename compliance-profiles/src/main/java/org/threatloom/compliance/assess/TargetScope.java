package org.threatloom.compliance.assess;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.threatloom.catalog.derive.Analysis;
import org.threatloom.catalog.derive.ThreatFinding;
import org.threatloom.metamodel.query.ModelIndex;
import org.threatloom.model.Actor;
import org.threatloom.model.Component;
import org.threatloom.model.Conduit;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.CryptoKey;
import org.threatloom.model.DataAsset;
import org.threatloom.model.DataFlow;
import org.threatloom.model.ModelElement;
import org.threatloom.model.NetworkPath;
import org.threatloom.model.Storage;
import org.threatloom.model.SystemModel;
import org.threatloom.model.Zone;

/**
 * The model elements a target's requirements are judged on, and the countermeasures and threats that concern them.
 * <ul>
 *   <li>zone: the zone, its components (effective zone, nested parts included), actors in it, flows to or from
 *       them, conduits joining the zone, and the keys, data and network paths of those components and flows;</li>
 *   <li>conduit: the conduit, the flows that name it, and their data, keys and paths;</li>
 *   <li>component: the component with all its parts, their flows, supply records, stored keys and data, paths;</li>
 *   <li>product: every element and the model root.</li>
 * </ul>
 * A countermeasure concerns the target when it protects any of these elements (or the model root); a threat, when its
 * element is one of them.
 */
final class TargetScope {
    private final Set<EObject> elements;
    private final List<ModelElement> ordered;
    private final List<Countermeasure> countermeasures;
    private final List<ThreatFinding> threats;
    private final Set<String> ids = new LinkedHashSet<>();

    private TargetScope(Set<EObject> elements, ModelIndex index, Analysis analysis) {
        this.elements = elements;
        List<ModelElement> o = new ArrayList<>();
        for (EObject e : elements) if (e instanceof ModelElement m) o.add(m);
        o.sort((a, b) -> Integer.compare(index.orderOf(a), index.orderOf(b)));
        this.ordered = Collections.unmodifiableList(o);
        for (ModelElement e : o) if (e.getId() != null) ids.add(e.getId());
        SystemModel model = index.model();
        List<Countermeasure> cms = new ArrayList<>();
        for (Countermeasure c : model.getCountermeasures()) {
            for (ModelElement p : c.getProtects()) {
                if (p == model || elements.contains(p)) {
                    cms.add(c);
                    break;
                }
            }
        }
        this.countermeasures = Collections.unmodifiableList(cms);
        List<ThreatFinding> ts = new ArrayList<>();
        for (ThreatFinding t : analysis.threats()) if (elements.contains(t.element())) ts.add(t);
        this.threats = Collections.unmodifiableList(ts);
    }

    static TargetScope of(Target target, ModelIndex index, Analysis analysis) {
        Set<EObject> s = Collections.newSetFromMap(new IdentityHashMap<>());
        SystemModel model = index.model();
        switch (target.kind()) {
            case "zone" -> zone((Zone) target.element(), index, s);
            case "conduit" -> conduit((Conduit) target.element(), model, s);
            case "component" -> component((Component) target.element(), index, s);
            default -> {
                s.add(model);
                s.addAll(index.elements());
            }
        }
        return new TargetScope(s, index, analysis);
    }

    private static void zone(Zone z, ModelIndex index, Set<EObject> s) {
        s.add(z);
        for (Component c : index.members(z)) node(c, index, s);
        for (Actor a : index.model().getActors()) if (ModelIndex.effectiveZone(a) == z) node(a, index, s);
        for (Conduit c : index.model().getConduits()) if (c.getZones().contains(z)) s.add(c);
    }

    private static void conduit(Conduit c, SystemModel model, Set<EObject> s) {
        s.add(c);
        for (DataFlow f : model.getFlows()) if (f.getConduit() == c) flow(f, s);
    }

    private static void component(Component c, ModelIndex index, Set<EObject> s) {
        node(c, index, s);
        for (Component part : index.allParts(c)) node(part, index, s);
        for (Component part : allOf(c, index)) s.addAll(index.supplies(part));
    }

    private static List<Component> allOf(Component c, ModelIndex index) {
        List<Component> all = new ArrayList<>(index.allParts(c));
        all.add(0, c);
        return all;
    }

    private static void node(EObject n, ModelIndex index, Set<EObject> s) {
        s.add(n);
        for (DataFlow f : index.flows(n)) flow(f, s);
        if (n instanceof Component c) {
            s.addAll(index.storedKeys(c));
            if (c instanceof Storage st) s.addAll(st.getStores());
            for (NetworkPath p : index.model().getNetworkPaths()) if (p.getHops().contains(c)) s.add(p);
        }
    }

    private static void flow(DataFlow f, Set<EObject> s) {
        s.add(f);
        for (DataAsset d : f.getData()) s.add(d);
        for (CryptoKey k : f.getKeys()) s.add(k);
        s.addAll(f.getPaths());
    }

    boolean contains(EObject o) {
        return elements.contains(o);
    }

    /** Elements in model order (the root first for a product). */
    List<ModelElement> elements() {
        return ordered;
    }

    /** Countermeasures protecting something in scope, in model order. */
    List<Countermeasure> countermeasures() {
        return countermeasures;
    }

    /** Derived and recorded threats on elements in scope, in the analysis's order. */
    List<ThreatFinding> threats() {
        return threats;
    }

    /** Ids of the elements in scope. */
    Set<String> ids() {
        return Collections.unmodifiableSet(ids);
    }
}
