package org.threatloom.catalog.derive;

import java.util.List;
import java.util.Map;

import org.threatloom.model.Level;

/**
 * The result of deriving threats for one model: findings in a deterministic order (risk, then rule, then
 * element position), what produced them, and how much work it was.
 */
public record Analysis(List<ThreatFinding> threats, Map<String, String> catalogVersions, int rules, long checks, String riskMatrix) {

    public List<ThreatFinding> open() {
        return threats.stream().filter(ThreatFinding::open).toList();
    }

    /** Open threats at or above a risk level. */
    public List<ThreatFinding> openAtLeast(Level risk) {
        return threats.stream().filter(t -> t.open() && t.risk().getValue() >= risk.getValue()).toList();
    }

    public ThreatFinding find(String id) {
        for (ThreatFinding t : threats) if (t.id().equals(id)) return t;
        return null;
    }
}
