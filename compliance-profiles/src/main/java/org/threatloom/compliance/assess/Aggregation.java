package org.threatloom.compliance.assess;

import java.util.ArrayList;
import java.util.List;

import org.threatloom.compliance.profile.Requirement;

/**
 * The verdict of a requirement assessed by its sub-requirements (an IR 8425 capability, a sub-outcome with lettered
 * items): not applicable when all are; satisfied when all are satisfied or not applicable; not satisfied when all are
 * not satisfied or not applicable; otherwise partially.
 */
final class Aggregation {
    private Aggregation() {}

    static RequirementResult of(Requirement r, String targetId, List<RequirementResult> children) {
        int sat = 0, not = 0, na = 0, part = 0;
        List<Evidence> evidence = new ArrayList<>();
        List<String> remedies = new ArrayList<>();
        for (RequirementResult c : children) {
            switch (c.status()) {
                case SATISFIED -> sat++;
                case NOT_SATISFIED -> not++;
                case NOT_APPLICABLE -> na++;
                case PARTIALLY -> part++;
            }
            Evidence.Role role = switch (c.status()) {
                case SATISFIED -> Evidence.Role.SUPPORTS;
                case NOT_APPLICABLE -> Evidence.Role.CONTEXT;
                default -> Evidence.Role.CONTRADICTS;
            };
            evidence.add(new Evidence(Evidence.Type.REQUIREMENT, c.requirementId(), c.title(), role, c.status().key()));
            c.remedies().stream().filter(x -> !remedies.contains(x)).forEach(remedies::add);
        }
        Verdict v;
        if (na == children.size()) v = Verdict.NOT_APPLICABLE;
        else if (part == 0 && not == 0) v = Verdict.SATISFIED;
        else if (part == 0 && sat == 0) v = Verdict.NOT_SATISFIED;
        else v = Verdict.PARTIALLY;
        String justification = children.size() + " sub-requirement(s): " + sat + " satisfied, " + part + " partially, " + not + " not satisfied, "
                + na + " not applicable";
        Applicability a = v == Verdict.NOT_APPLICABLE ? Applicability.DOES_NOT_APPLY : Applicability.APPLIES;
        return new RequirementResult(r.id(), r.title(), r.type(), r.fr(), r.parent(), targetId, true, v, v, a, null, r.contested(),
                justification, evidence, remedies);
    }
}
