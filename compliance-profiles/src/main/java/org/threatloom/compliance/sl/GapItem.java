package org.threatloom.compliance.sl;

import java.util.List;

/**
 * One thing that keeps an FR's SL-A below its SL-T: a requirement selected at or below the SL-T that is not met (or
 * met only by countermeasures weaker than the SL-T), or a component whose declared SL-C is below the SL-T.
 *
 * @param requirementId the requirement to close, or null for a component cap
 * @param componentId   the capping component, or null for a requirement
 * @param remedies      planned/proposed countermeasures in scope that would implement the requirement
 */
public record GapItem(String requirementId, int minSl, String componentId, String reason, List<String> remedies) {

    public GapItem {
        remedies = remedies == null ? List.of() : List.copyOf(remedies);
    }
}
