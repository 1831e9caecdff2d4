package org.threatloom.catalog.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.threatloom.catalog.rules.Rule;
import org.threatloom.model.Component;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.CountermeasureStatus;
import org.threatloom.model.DataFlow;
import org.threatloom.model.ModelElement;
import org.threatloom.model.ReviewDecision;
import org.threatloom.model.SystemModel;
import org.threatloom.model.Threat;
import org.threatloom.model.ThreatStatus;

/**
 * Decides a threat's status, in this order (RULES.md): the effective review decision for its id; a threat record
 * in the model with a status other than OPEN; implemented countermeasures of a mitigating kind protecting the
 * element, an enclosing component or the flow's conduit; otherwise open.
 */
final class StatusResolver {
    record Status(ThreatStatus status, List<Countermeasure> by, String justification, String decision) {}

    private final Map<String, ReviewDecision> decisions = new HashMap<>();
    private final Map<String, Threat> recorded = new LinkedHashMap<>();
    private final Map<EObject, List<Countermeasure>> protecting = new IdentityHashMap<>();

    StatusResolver(SystemModel model) {
        Set<ReviewDecision> superseded = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (ReviewDecision d : model.getDecisions()) if (d.getSupersedes() != null) superseded.add(d.getSupersedes());
        for (ReviewDecision d : model.getDecisions()) {
            if (d.getThreatId() != null && !superseded.contains(d)) decisions.put(d.getThreatId(), d); // later entries win
        }
        for (Threat t : model.getThreats()) if (t.getId() != null) recorded.put(t.getId(), t);
        for (Countermeasure c : model.getCountermeasures()) {
            if (c.getStatus() != CountermeasureStatus.IMPLEMENTED && c.getStatus() != CountermeasureStatus.VERIFIED) continue;
            for (ModelElement e : c.getProtects()) protecting.computeIfAbsent(e, k -> new ArrayList<>()).add(c);
        }
    }

    Map<String, Threat> recorded() {
        return recorded;
    }

    Status resolve(String threatId, Rule rule, EObject element) {
        ReviewDecision d = decisions.get(threatId);
        if (d != null && d.getDecision() != null) {
            String why = d.getRationale() == null ? "" : d.getRationale();
            switch (d.getDecision()) {
                case MITIGATE:
                    return new Status(ThreatStatus.MITIGATED, List.copyOf(d.getCountermeasures()), why, d.getId());
                case ACCEPT:
                    return new Status(ThreatStatus.ACCEPTED, List.of(), why, d.getId());
                case TRANSFER:
                    return new Status(ThreatStatus.TRANSFERRED, List.of(), why, d.getId());
                case NOT_APPLICABLE:
                    return new Status(ThreatStatus.NOT_APPLICABLE, List.of(), why, d.getId());
                default:
                    break; // REOPEN: decided again by the model
            }
        }
        Threat t = recorded.get(threatId);
        if (d == null && t != null && t.getStatus() != ThreatStatus.OPEN) {
            return new Status(t.getStatus(), List.copyOf(t.getMitigatedBy()), t.getJustification() == null ? "" : t.getJustification(), null);
        }
        if (rule != null) {
            List<Countermeasure> by = mitigations(rule, element);
            if (!by.isEmpty()) {
                return new Status(ThreatStatus.MITIGATED, by, "implemented countermeasure(s) of a mitigating kind protect the element", null);
            }
        }
        return new Status(ThreatStatus.OPEN, List.of(), "", null);
    }

    /** Implemented countermeasures of the rule's kinds protecting the element, an enclosing component or the flow's conduit. */
    List<Countermeasure> mitigations(Rule rule, EObject element) {
        if (protecting.isEmpty()) return List.of();
        List<Countermeasure> out = new ArrayList<>(2);
        for (EObject o = element; o != null; o = o instanceof Component ? o.eContainer() : null) {
            collect(rule, o, out);
        }
        if (element instanceof DataFlow f && f.getConduit() != null) collect(rule, f.getConduit(), out);
        return out;
    }

    private void collect(Rule rule, EObject protectedElement, List<Countermeasure> out) {
        List<Countermeasure> candidates = protecting.get(protectedElement);
        if (candidates == null) return;
        for (Countermeasure c : candidates) {
            if (rule.mitigatedBy().contains(c.getKind()) && !out.contains(c)) out.add(c);
        }
    }
}
