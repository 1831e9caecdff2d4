package org.threatloom.compliance.sl;

import java.util.List;

/**
 * What the SL-A computation needs from one requirement's assessment on one zone or component.
 *
 * @param minSl    the lowest security level at which the requirement is selected
 * @param met      whether it is implemented (satisfied) or does not apply to this scope for a reason in the model
 * @param strength the highest slCapability of the implemented countermeasures counted for it, or null when it is
 *                 met without relying on a countermeasure (model properties, attestation) and so caps nothing
 * @param reason   why it is not met (for the gap list)
 * @param remedies planned or proposed countermeasures in scope of a kind that implements it
 */
public record SlInput(String requirementId, Fr fr, int minSl, boolean met, Integer strength, String reason, List<String> remedies) {

    public SlInput {
        remedies = remedies == null ? List.of() : List.copyOf(remedies);
    }

    /** Whether it counts at security level {@code level}. */
    boolean metAt(int level) {
        return met && (strength == null || strength >= level);
    }
}
