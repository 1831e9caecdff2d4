package org.threatloom.formal.repair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.threatloom.catalog.derive.Analysis;
import org.threatloom.catalog.derive.DerivationEngine;
import org.threatloom.catalog.derive.ThreatFinding;
import org.threatloom.catalog.rules.RuleLoadException;
import org.threatloom.formal.check.Checker;
import org.threatloom.formal.result.CheckReport;
import org.threatloom.formal.result.ElementRef;
import org.threatloom.formal.slice.Slice;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.CountermeasureStatus;
import org.threatloom.model.ModelElement;
import org.threatloom.model.SystemModel;
import org.threatloom.model.ThreatloomFactory;

/**
 * Puts a repair into a copy of the model (the original is never changed), derives the threats again and checks
 * the theorems again: that check, not the repair search, is what the plan reports as the result. What each
 * addition closes is read from the two derivations: the threats that were open and are now mitigated by it.
 */
final class ModelRepair {
    private ModelRepair() {}

    static RepairPlan apply(SystemModel model, Analysis before, Map<String, Object> chosen, Map<String, Set<String>> byTheorem,
                            List<RepairPlan.TheoremRepair> theorems, Checker checker, String label) {
        if (chosen.isEmpty()) return new RepairPlan(List.of(), theorems, null);
        SystemModel copy = EcoreUtil.copy(model);
        Map<String, EObject> byId = new HashMap<>();
        for (TreeIterator<EObject> it = copy.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof ModelElement e && e.getId() != null) byId.put(e.getId(), e);
        }
        for (Map.Entry<String, Object> e : chosen.entrySet()) {
            if (e.getValue() instanceof Countermeasure existing) {
                ((Countermeasure) byId.get(existing.getId())).setStatus(CountermeasureStatus.IMPLEMENTED);
            } else if (e.getValue() instanceof Slice.Candidate c) {
                Countermeasure cm = ThreatloomFactory.eINSTANCE.createCountermeasure();
                cm.setId(c.id());
                cm.setName("Repair: " + c.kind().getLiteral() + " for " + org.threatloom.metamodel.query.Labels.name(c.protects()));
                cm.setKind(c.kind());
                cm.setStatus(CountermeasureStatus.IMPLEMENTED);
                cm.setSlCapability(c.cap());
                cm.setCost(c.cost());
                cm.getProtects().add((ModelElement) byId.get(EcoreUtil.getID(c.protects())));
                copy.getCountermeasures().add(cm);
            }
        }
        Analysis after;
        try {
            after = new DerivationEngine(org.threatloom.catalog.rules.RuleLoader.loadDefault()).derive(copy);
        } catch (RuleLoadException ex) {
            throw new IllegalStateException(ex);
        }
        List<RepairPlan.Addition> additions = new ArrayList<>();
        for (Map.Entry<String, Object> e : chosen.entrySet()) {
            List<String> closes = closes(before, after, e.getKey());
            List<String> theoremsOf = new ArrayList<>(byTheorem.getOrDefault(e.getKey(), Set.of()));
            if (e.getValue() instanceof Countermeasure c) {
                ElementRef target = c.getProtects().isEmpty() ? null : ElementRef.of(c.getProtects().get(0));
                additions.add(new RepairPlan.Addition(c.getId(), c.getKind().getLiteral(), target, c.getSlCapability(), c.getCost(),
                        c.getStatus().getLiteral(), closes, theoremsOf));
            } else if (e.getValue() instanceof Slice.Candidate c) {
                additions.add(new RepairPlan.Addition(c.id(), c.kind().getLiteral(), ElementRef.of(c.protects()), c.cap(), c.cost(), null,
                        closes, theoremsOf));
            }
        }
        CheckReport recheck = checker.check(copy, after, label + " (with the repair)");
        return new RepairPlan(additions, theorems, recheck);
    }

    private static List<String> closes(Analysis before, Analysis after, String countermeasureId) {
        List<String> out = new ArrayList<>();
        for (ThreatFinding t : after.threats()) {
            boolean byThis = t.mitigatedBy().stream().anyMatch(c -> countermeasureId.equals(c.getId()));
            ThreatFinding was = before.find(t.id());
            if (byThis && was != null && was.open()) out.add(t.id());
        }
        return out;
    }
}
