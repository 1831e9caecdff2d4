package org.threatloom.compliance.assess;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.threatloom.compliance.sl.SlResult;

/**
 * The results on one zone, conduit, component or the product.
 *
 * @param kind          zone, conduit, component or product
 * @param componentType IEC 62443-4-2 component type (SAR, EDR, HDR, NDR) of a component, else null
 * @param zoneId        the zone a component is in, else null
 * @param sl            SL-T, SL-A (and a component's claimed SL-C) with gaps; null for profiles without levels
 */
public record TargetResult(String id, String name, String kind, String componentType, String zoneId, SlResult sl,
                           List<RequirementResult> requirements) {

    public TargetResult {
        requirements = List.copyOf(requirements);
    }

    /** Number of requirements per verdict, in {@link Verdict} order. */
    public Map<Verdict, Integer> counts() {
        Map<Verdict, Integer> m = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) m.put(v, 0);
        requirements.forEach(r -> m.merge(r.status(), 1, Integer::sum));
        return m;
    }

    public RequirementResult result(String requirementId) {
        for (RequirementResult r : requirements) if (r.requirementId().equals(requirementId)) return r;
        return null;
    }
}
