package org.threatloom.compliance.sl;

import java.util.List;

/** An FR whose achieved level is below its target, with what closes the gap. */
public record SlGap(Fr fr, int target, int achieved, List<GapItem> closedBy) {

    public SlGap {
        closedBy = List.copyOf(closedBy);
    }
}
