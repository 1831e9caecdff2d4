package org.threatloom.compliance.sl;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes the achieved security level SL-A per FR of one zone, conduit or component from its requirement results.
 *
 * <p>The rule. For FR f and level n (1..4), level n is reached when every requirement of f selected at n (its
 * lowest SL is at most n) is met at strength n:
 * <ul>
 *   <li>met: satisfied, or not applicable for a reason in the model (nothing in scope it could apply to, or a
 *       justified "not applicable" attestation); partially satisfied is not met;</li>
 *   <li>at strength n: if it is met only through countermeasures, the strongest implemented countermeasure counted for
 *       it (kind in the mapping, protecting the scope, covering f) has slCapability &gt;= n; a requirement met by model
 *       properties or an attestation is not capped.</li>
 * </ul>
 * The requirement level of f is the highest n reached (0 if level 1 is not). SL-A(f) is that level, capped by the
 * lowest declared SL-C(f) of the zone's components ({@code Component.slCapability}), since a zone cannot be stronger
 * than a component in it without compensating countermeasures (which the model cannot yet express).
 * This is the cumulative reading of IEC 62443-3-3 Annex B: a requirement selected at SL n is also selected at every
 * higher SL, and an FR's level is the highest at which all selected SRs and REs are met.
 */
public final class SlCalculator {
    private SlCalculator() {}

    public static SlResult compute(SlVector target, List<SlInput> inputs, List<SlCap> caps, SlVector claimed) {
        List<Integer> achieved = new ArrayList<>();
        List<SlGap> gaps = new ArrayList<>();
        for (Fr fr : Fr.values()) {
            int level = requirementLevel(fr, inputs);
            int cap = 4;
            for (SlCap c : caps) cap = Math.min(cap, c.capability().get(fr));
            int a = Math.min(level, cap);
            achieved.add(a);
            int t = target == null ? 0 : target.get(fr);
            if (a < t) gaps.add(new SlGap(fr, t, a, closing(fr, t, inputs, caps)));
        }
        return new SlResult(target, new SlVector(achieved), claimed, gaps);
    }

    /** The highest level n such that every requirement of {@code fr} selected at n is met at strength n. */
    public static int requirementLevel(Fr fr, List<SlInput> inputs) {
        int level = 0;
        for (int n = 1; n <= 4; n++) {
            boolean all = true;
            for (SlInput i : inputs) {
                if (i.fr() == fr && i.minSl() >= 1 && i.minSl() <= n && !i.metAt(n)) {
                    all = false;
                    break;
                }
            }
            if (!all) break;
            level = n;
        }
        return level;
    }

    private static List<GapItem> closing(Fr fr, int target, List<SlInput> inputs, List<SlCap> caps) {
        List<GapItem> out = new ArrayList<>();
        for (SlInput i : inputs) {
            if (i.fr() != fr || i.minSl() < 1 || i.minSl() > target || i.metAt(target)) continue;
            String reason = i.met() ? "met only by countermeasures of SL capability " + i.strength() + " (< " + target + ")" : i.reason();
            out.add(new GapItem(i.requirementId(), i.minSl(), null, reason, i.remedies()));
        }
        for (SlCap c : caps) {
            int l = c.capability().get(fr);
            if (l < target) out.add(new GapItem(null, 0, c.componentId(), c.label() + " declares SL-C " + fr.name() + " = " + l, List.of()));
        }
        return out;
    }
}
