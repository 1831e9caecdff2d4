package org.threatloom.formal.result;

import static org.threatloom.formal.result.CounterexampleMapper.name;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.threatloom.catalog.derive.ThreatFinding;
import org.threatloom.formal.slice.ModelFacts;
import org.threatloom.formal.theorems.Theorem;
import org.threatloom.metamodel.query.ModelIndex;
import org.threatloom.model.Component;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.CryptoKey;
import org.threatloom.model.DataAsset;
import org.threatloom.model.DataFlow;
import org.threatloom.model.NetworkPath;
import org.threatloom.model.Node;
import org.threatloom.model.Storage;
import org.threatloom.model.Zone;

/**
 * Counterexamples of the fully concrete theorems: every violation the theorem file's witness funs list, each
 * as one line naming the elements, and a path of the elements of the first one. The lines describe what the
 * model says about those elements (status, key, custodian, zone); whether they violate the theorem was decided
 * by the solver and the funs, not here.
 */
final class Violations {
    private Violations() {}

    static Counterexample describe(Theorem t, String subject, CounterexampleMapper m) {
        List<String> details = new ArrayList<>();
        List<EObject> path = new ArrayList<>();
        Set<Object> involved = new LinkedHashSet<>();
        switch (t) {
            case COVERAGE -> coverage(m, details, path, involved);
            case KEY_CUSTODY -> keyCustody(m, details, path, involved);
            case ROUTE_CHARACTERISTICS -> routes(m, details, path, involved);
            case SUPPLY_CHAIN -> supply(m, details, path, involved);
            case DATA_FLOW -> dataFlow(m, details, path, involved);
            default -> throw new IllegalArgumentException(t.name());
        }
        List<ElementRef> refs = new ArrayList<>();
        for (EObject e : path) refs.add(ElementRef.of(e));
        List<String> threats = new ArrayList<>();
        for (Object o : involved) if (o instanceof ThreatFinding f) threats.add(f.id());
        Set<Object> elements = new LinkedHashSet<>(involved);
        elements.addAll(path);
        for (String id : m.threatsOn(elements)) if (!threats.contains(id)) threats.add(id);
        String summary = details.size() + " violation(s); first: " + (details.isEmpty() ? "-" : details.get(0));
        return new Counterexample(t.cliName(), subject, summary, refs, threats, details);
    }

    private static void coverage(CounterexampleMapper m, List<String> details, List<EObject> path, Set<Object> involved) {
        for (Object o : m.column("uncovered")) {
            if (!(o instanceof ThreatFinding f)) continue;
            involved.add(f);
            if (path.isEmpty() && f.element() != null) path.addAll(reversed(ModelFacts.containers(f.element())));
            List<String> cms = new ArrayList<>();
            for (Countermeasure c : m.slice().countermeasures()) {
                boolean named = f.mitigatedBy().contains(c);
                boolean kind = f.rule() != null && f.rule().mitigatedBy().contains(c.getKind())
                        && ModelFacts.containers(f.element()).stream().anyMatch(c.getProtects()::contains);
                if (named || kind) cms.add(c.getId() + " (" + c.getStatus().getLiteral() + ", SL " + c.getSlCapability() + ")");
            }
            details.add(f.id() + " (" + f.risk().getLiteral() + ", " + f.stride().getLiteral() + ") on " + name(f.element())
                    + ": not mitigated by an implemented countermeasure of SL >= the zone's SL-T"
                    + (f.rule() == null ? "" : "; kinds that mitigate it: " + f.rule().mitigatedBy())
                    + (cms.isEmpty() ? "; none in the model" : "; in the model: " + String.join(", ", cms)));
        }
    }

    private static void keyCustody(CounterexampleMapper m, List<String> details, List<EObject> path, Set<Object> involved) {
        for (List<Object> row : m.witness("unprotected")) {
            if (!(row.get(0) instanceof DataAsset d) || !(row.get(2) instanceof EObject place)) continue;
            String state = String.valueOf(row.get(1)).replace("k:", "");
            Zone z = zoneOf(place);
            involved.add(d);
            involved.add(place);
            if (path.isEmpty()) {
                path.add(d);
                path.add(place);
                if (z != null) path.add(z);
            }
            details.add(name(d) + " (" + d.getClassification().getLiteral() + ", owner " + name(d.getOwner()) + ") " + state + " in "
                    + name(place) + " - zone " + (z == null ? "unknown" : name(z) + " controlled by " + name(z.getControlledBy()))
                    + ": missing key custody; " + keys(d, place));
        }
    }

    private static String keys(DataAsset d, EObject place) {
        List<CryptoKey> ks = new ArrayList<>();
        if (d.getProtectedBy() != null) ks.add(d.getProtectedBy());
        if (place instanceof Storage s && s.getEncryptionKey() != null) ks.add(s.getEncryptionKey());
        if (place instanceof DataFlow f && f.getProtectedBy() != null) ks.add(f.getProtectedBy());
        if (ks.isEmpty()) return "no key protects it there";
        List<String> out = new ArrayList<>();
        for (CryptoKey k : ks) {
            out.add("key " + name(k) + " custodian " + name(k.getCustodian()) + ", stored in "
                    + (k.getStoredIn() == null ? "unknown" : name(k.getStoredIn())));
        }
        return String.join("; ", out) + " - not held by the owner";
    }

    private static void routes(CounterexampleMapper m, List<String> details, List<EObject> path, Set<Object> involved) {
        for (List<Object> r : m.witness("unencryptedHops")) details.add(name(r.get(0)) + ": path " + name(r.get(1)) + " is not encrypted on every hop");
        for (List<Object> r : m.witness("foreignJurisdictions")) {
            NetworkPath p = (NetworkPath) r.get(1);
            details.add(name(r.get(0)) + ": path " + name(p) + " traverses " + p.getJurisdictions() + " outside the allowed "
                    + ((DataFlow) r.get(0)).getRouteRequirement().getAllowedJurisdictions());
        }
        for (List<Object> r : m.witness("unmonitoredRoutes")) details.add(name(r.get(0)) + ": route changes on " + name(r.get(1)) + " are not detected");
        for (Object f : m.column("notIndependent")) {
            details.add(name(f) + ": fewer than " + ((DataFlow) f).getRouteRequirement().getMinIndependentPaths()
                    + " mutually independent paths (shared infrastructure)");
        }
        for (Object f : m.column("noPath")) details.add(name(f) + ": states a route requirement but names no path");
        for (Object f : m.column("unencryptedFlows")) details.add(name(f) + ": carries keys or RESTRICTED data between zones unencrypted");
        for (Object o : m.column("failing")) {
            if (!(o instanceof DataFlow f)) continue;
            involved.add(f);
            involved.addAll(f.getPaths());
            if (path.isEmpty()) {
                path.add(f.getSource());
                path.add(f);
                path.addAll(f.getPaths());
                path.add(f.getTarget());
            }
        }
    }

    private static void supply(CounterexampleMapper m, List<String> details, List<EObject> path, Set<Object> involved) {
        List<Object> noProvenance = m.column("noProvenance"), notAuthentic = m.column("notAuthentic");
        for (Object o : m.column("unverified")) {
            if (!(o instanceof Component p)) continue;
            involved.add(p);
            if (path.isEmpty()) path.addAll(reversed(ModelFacts.containers(p)));
            List<String> why = new ArrayList<>();
            if (noProvenance.contains(p)) why.add("no verified provenance");
            if (notAuthentic.contains(p)) why.add("no authenticity check");
            List<String> sup = new ArrayList<>();
            for (EObject e : m.slice().elements()) {
                if (e instanceof org.threatloom.model.Supply s && s.getParts().contains(p)) {
                    sup.add(s.getId() + " by " + name(s.getSupplier()));
                    involved.add(s);
                }
            }
            details.add(name(p) + " in " + name(ModelFacts.containers(p).get(ModelFacts.containers(p).size() - 1)) + ": "
                    + String.join(" and ", why) + (sup.isEmpty() ? "; no supply record names it" : "; supplied by " + String.join(", ", sup)));
        }
    }

    private static void dataFlow(CounterexampleMapper m, List<String> details, List<EObject> path, Set<Object> involved) {
        List<Object> unaudited = m.column("unaudited");
        for (List<Object> row : m.witness("breaches")) {
            if (!(row.get(0) instanceof EObject where) || !(row.get(1) instanceof DataAsset d)) continue;
            Zone z = zoneOf(where);
            involved.add(where);
            involved.add(d);
            if (path.isEmpty()) {
                if (where instanceof DataFlow f) {
                    path.add(f.getSource());
                    path.add(f);
                    path.add(f.getTarget());
                } else {
                    path.add(where);
                }
                if (z != null) path.add(z);
            }
            details.add(name(d) + " (" + d.getClassification().getLiteral() + ") reaches " + (z == null ? "?" : name(z) + " (cleared for "
                    + z.getClearance().getLiteral() + ")") + (where instanceof DataFlow ? " via " : " stored in ") + name(where)
                    + (d.isAnonymised() ? "" : " neither anonymised nor under an owner-held key")
                    + (unaudited.contains(where) ? "; the flow is not audit-logged" : ""));
        }
    }

    private static Zone zoneOf(EObject place) {
        if (place instanceof DataFlow f) return ModelIndex.effectiveZone(f.getTarget());
        if (place instanceof Node n) return ModelIndex.effectiveZone(n);
        return null;
    }

    private static List<EObject> reversed(List<EObject> chain) {
        List<EObject> out = new ArrayList<>(chain);
        java.util.Collections.reverse(out);
        return out;
    }
}
