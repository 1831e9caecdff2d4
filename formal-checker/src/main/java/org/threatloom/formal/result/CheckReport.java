package org.threatloom.formal.result;

import java.util.List;

/** Every theorem checked on one model. */
public record CheckReport(String model, List<TheoremResult> theorems, long ms, int k, long budgetMs) {
    public boolean allProved() {
        return theorems.stream().allMatch(t -> t.verdict() == Verdict.PROVED);
    }

    public TheoremResult get(org.threatloom.formal.theorems.Theorem t) {
        for (TheoremResult r : theorems) if (r.theorem() == t) return r;
        return null;
    }
}
