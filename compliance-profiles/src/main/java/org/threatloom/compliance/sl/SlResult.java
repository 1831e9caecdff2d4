package org.threatloom.compliance.sl;

import java.util.List;

/**
 * SL-T against SL-A for one zone, conduit or component.
 *
 * @param target   SL-T (the zone's or conduit's, the component's zone's, or {@code --sl})
 * @param achieved SL-A computed by {@link SlCalculator}
 * @param claimed  the component's declared SL-C (62443-4-2), else null
 * @param gaps     FRs with SL-A below SL-T and the requirements (or components) that close each gap
 */
public record SlResult(SlVector target, SlVector achieved, SlVector claimed, List<SlGap> gaps) {

    public SlResult {
        gaps = List.copyOf(gaps);
    }
}
