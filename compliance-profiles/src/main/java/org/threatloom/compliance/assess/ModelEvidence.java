package org.threatloom.compliance.assess;

import java.util.ArrayList;
import java.util.List;

import org.threatloom.catalog.rules.expr.Scope;
import org.threatloom.compliance.profile.ModelCheck;
import org.threatloom.compliance.profile.Requirement;
import org.threatloom.compliance.sl.Fr;
import org.threatloom.metamodel.query.Labels;
import org.threatloom.metamodel.query.ModelIndex;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.CountermeasureStatus;
import org.threatloom.model.FoundationalRequirement;
import org.threatloom.model.ModelElement;

/** Countermeasure and model-property evidence for one requirement on one scope. */
final class ModelEvidence {
    private ModelEvidence() {}

    static boolean implemented(Countermeasure c) {
        return c.getStatus() == CountermeasureStatus.IMPLEMENTED || c.getStatus() == CountermeasureStatus.VERIFIED;
    }

    /**
     * Countermeasures of the mapping's kinds protecting the scope. One counts when implemented or verified and, for an
     * IEC 62443 requirement, declared for the requirement's FR (or for no FR in particular).
     */
    static void countermeasures(Requirement r, TargetScope scope, String where, Tally t) {
        if (r.mapping().kinds().isEmpty()) return;
        Fr fr = Fr.of(r.fr());
        List<String> counted = new ArrayList<>();
        for (Countermeasure c : scope.countermeasures()) {
            if (!r.mapping().kinds().contains(c.getKind())) continue;
            String label = Labels.name(c);
            String detail = c.getKind().getLiteral() + ", " + c.getStatus().getLiteral() + ", SL capability " + c.getSlCapability()
                    + ", protects " + Tally.few(c.getProtects().stream().map(ModelElement::getId).toList(), 4);
            if (!implemented(c)) {
                t.add(Evidence.Type.COUNTERMEASURE, c.getId(), label, Evidence.Role.PLANNED, detail);
                t.remedies.add(c.getId());
                continue;
            }
            if (fr != null && !c.getRequirements().isEmpty() && !c.getRequirements().contains(fr.literal())) {
                t.add(Evidence.Type.COUNTERMEASURE, c.getId(), label, Evidence.Role.CONTEXT,
                        detail + "; declared for " + frs(c) + ", not " + fr.name() + " (" + fr.literal().getLiteral() + ")");
                continue;
            }
            t.add(Evidence.Type.COUNTERMEASURE, c.getId(), label, Evidence.Role.SUPPORTS, detail);
            t.counted.add(c);
            t.cmStrength = Math.max(t.cmStrength, c.getSlCapability());
            counted.add(c.getId() + " (" + c.getKind().getLiteral() + ", SL " + c.getSlCapability() + ")");
        }
        if (!counted.isEmpty()) t.positives.add("implemented by " + Tally.few(counted, 4));
        else t.absent.add("no implemented countermeasure of kind " + kinds(r) + " protects anything in " + where
                + (fr == null ? "" : " for " + fr.name()));
    }

    private static String frs(Countermeasure c) {
        return String.join("/", c.getRequirements().stream().map(FoundationalRequirement::getLiteral).toList());
    }

    static String kinds(Requirement r) {
        return Tally.few(r.mapping().kinds().stream().map(k -> k.getLiteral()).toList(), 4);
    }

    /** Model-property checks: violations count against; a sufficient check that holds counts for. */
    static void checks(Requirement r, List<ModelCheck> checks, TargetScope scope, ModelIndex index, Tally t) {
        int n = 0;
        for (ModelCheck c : checks) {
            n++;
            List<ModelElement> relevant = relevant(c, scope, index);
            if (relevant.isEmpty()) {
                t.add(Evidence.Type.CHECK, "check-" + n, c.says(), Evidence.Role.CONTEXT, "nothing to check: no " + c.on().getName()
                        + (c.where() == null ? "" : " where " + c.where()) + " in scope  [" + c.describe() + "]");
                continue;
            }
            List<String> bad = new ArrayList<>();
            for (ModelElement e : relevant) {
                if (!c.requireExpr().test(Scope.of(e, index))) {
                    bad.add(e.getId());
                    t.add(Evidence.Type.ELEMENT, e.getId(), Labels.of(e), Evidence.Role.CONTRADICTS, "violates: " + c.says());
                }
            }
            boolean root = c.on().getName().equals("SystemModel");
            if (bad.isEmpty()) {
                t.add(Evidence.Type.CHECK, "check-" + n, c.says(), Evidence.Role.SUPPORTS,
                        "holds for " + relevant.size() + " element(s): " + Tally.few(ids(relevant), 6) + "  [" + c.describe() + "]");
                if (c.suffices()) {
                    t.positives.add(c.says() + (root ? "" : " (" + relevant.size() + " checked)"));
                    t.uncapped = true;
                }
            } else {
                t.add(Evidence.Type.CHECK, "check-" + n, c.says(), Evidence.Role.CONTRADICTS,
                        "violated by " + bad.size() + " of " + relevant.size() + ": " + Tally.few(bad, 6) + "  [" + c.describe() + "]");
                t.violations.add("violated: " + c.says() + " (" + Tally.few(bad, 4) + ")");
                if (c.suffices() && bad.size() < relevant.size()) {
                    t.positives.add(c.says() + " for " + (relevant.size() - bad.size()) + " of " + relevant.size());
                    t.uncapped = true;
                }
            }
        }
    }

    /** Elements in scope of the check's type for which its {@code where} holds. */
    static List<ModelElement> relevant(ModelCheck c, TargetScope scope, ModelIndex index) {
        List<ModelElement> out = new ArrayList<>();
        for (ModelElement e : scope.elements()) {
            if (!c.on().isInstance(e)) continue;
            if (c.whereExpr() == null || c.whereExpr().test(Scope.of(e, index))) out.add(e);
        }
        return out;
    }

    private static List<String> ids(List<ModelElement> elements) {
        return elements.stream().map(ModelElement::getId).toList();
    }
}
