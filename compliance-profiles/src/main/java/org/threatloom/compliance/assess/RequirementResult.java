package org.threatloom.compliance.assess;

import java.util.List;

/**
 * The verdict of one requirement on one target, with its justification and evidence.
 *
 * @param targetId       the zone, conduit or component id, or the model id for product-level profiles
 * @param selected       IEC 62443: selected at the target's SL-T for its FR (always true without security levels)
 * @param status         the verdict for the claim: {@link Verdict#NOT_APPLICABLE} when not selected
 * @param implementation the verdict of the evidence regardless of selection (what SL-A is computed from)
 * @param applicability  whether it applies, does not apply (justified), or is not selected
 * @param strength       highest slCapability of the countermeasures counted for it; null when not capped
 * @param contested      the source flags its SL vector as contested
 * @param remedies       ids of planned or proposed countermeasures in scope that would implement it
 */
public record RequirementResult(String requirementId, String title, String type, String fr, String parent, String targetId,
                                boolean selected, Verdict status, Verdict implementation, Applicability applicability, Integer strength,
                                boolean contested, String justification, List<Evidence> evidence, List<String> remedies) {

    public RequirementResult {
        evidence = List.copyOf(evidence);
        remedies = List.copyOf(remedies);
    }
}
