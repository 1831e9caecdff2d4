package org.threatloom.formal.result;

import java.util.ArrayList;
import java.util.List;

import org.threatloom.formal.theorems.Theorem;

/**
 * A theorem's verdict over all its slices, with the counterexamples found.
 *
 * @param ms time spent on its slices (encoding and solving; slices run in parallel, so the wall time is less)
 */
public record TheoremResult(Theorem theorem, Verdict verdict, long ms, List<SliceResult> slices, String note) {
    public static TheoremResult of(Theorem t, long ms, List<SliceResult> slices) {
        Verdict v = Verdict.PROVED;
        for (SliceResult s : slices) v = Verdict.worst(v, s.verdict());
        String note = slices.isEmpty() ? "nothing to check: the model has no subject for this theorem" : null;
        return new TheoremResult(t, v, ms, List.copyOf(slices), note);
    }

    /** The counterexamples, one per distinct violation (slices that overlap find the same attack). */
    public List<Counterexample> counterexamples() {
        List<Counterexample> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (SliceResult s : slices) {
            Counterexample c = s.counterexample();
            if (c != null && seen.add(c.summary() + c.path())) out.add(c);
        }
        return out;
    }

    public long timedOut() {
        return slices.stream().filter(s -> s.verdict() == Verdict.TIMEOUT).count();
    }

    public int maxAtoms() {
        return slices.stream().mapToInt(SliceResult::atoms).max().orElse(0);
    }

    public long cachedSlices() {
        return slices.stream().filter(SliceResult::cached).count();
    }
}
