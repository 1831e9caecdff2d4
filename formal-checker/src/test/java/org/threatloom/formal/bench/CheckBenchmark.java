package org.threatloom.formal.bench;

import java.util.List;
import java.util.Locale;

import org.threatloom.catalog.derive.Analysis;
import org.threatloom.catalog.derive.DerivationEngine;
import org.threatloom.catalog.rules.RuleLoader;
import org.threatloom.catalog.rules.RuleSet;
import org.threatloom.formal.check.CheckOptions;
import org.threatloom.formal.check.Checker;
import org.threatloom.formal.check.NaiveAlloyCheck;
import org.threatloom.formal.check.CancelToken;
import org.threatloom.formal.check.SliceSolver;
import org.threatloom.formal.encode.Encoder;
import org.threatloom.formal.encode.Vocabulary;
import org.threatloom.formal.result.CheckReport;
import org.threatloom.formal.result.TheoremResult;
import org.threatloom.formal.slice.ModelFacts;
import org.threatloom.formal.slice.Slice;
import org.threatloom.formal.theorems.Theorem;
import org.threatloom.formal.theorems.TheoremLibrary;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.CountermeasureStatus;
import org.threatloom.model.SystemModel;

/**
 * The formal-checker benchmark (performance.md: a table, ratios against a reference measured in the same run).
 * Not a test. Run: {@code mvn -q -o -pl formal-checker test-compile exec:java} (optionally
 * {@code -Dexec.args="50 200 1000 10000"}).
 *
 * For each size: all seven theorems, cold (new checker, empty cache) and warm (same checker, cache cleared by a
 * new checker but JIT warm), and the re-check after one edit with the cache (a countermeasure's status flips).
 * Reference: the naive encoding - the whole 50-element model as Alloy facts through Alloy's own translator -
 * for the attack-path theorem, the property the issue measured, against our sliced exact-bounds check of the
 * same theorem on the same model.
 */
public final class CheckBenchmark {
    private CheckBenchmark() {}

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {50, 200, 1000, 10000} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        RuleSet rules = RuleLoader.loadDefault();
        for (Theorem t : Theorem.values()) TheoremLibrary.get(t);
        warmUp(rules);
        System.out.printf("%-9s %-9s %-8s %-10s %-10s %-12s %-10s %s%n", "elements", "slices", "maxAtoms", "all-cold", "all-warm",
                "recheck-1", "threats", "verdicts (P proved, C counterexample, T timeout)");
        for (int n : sizes) {
            SystemModel m = SyntheticModels.generate(n, 42);
            Analysis a = new DerivationEngine(rules).derive(m);
            CheckReport cold;
            try (Checker c = new Checker(CheckOptions.defaults())) {
                cold = c.check(m, a, "n=" + n);
            }
            CheckReport warm;
            long recheck;
            try (Checker c = new Checker(CheckOptions.defaults())) {
                warm = c.check(m, a, "n=" + n);
                flipOneCountermeasure(m);
                long t0 = System.nanoTime();
                c.check(m, new DerivationEngine(rules).derive(m), "n=" + n + " edited");
                recheck = (System.nanoTime() - t0) / 1_000_000;
            }
            int slices = 0, atoms = 0;
            StringBuilder v = new StringBuilder();
            for (TheoremResult t : warm.theorems()) {
                slices += t.slices().size();
                atoms = Math.max(atoms, t.maxAtoms());
                v.append(t.theorem().cliName(), 0, 2).append('=').append(t.verdict().name().charAt(0)).append(' ');
            }
            System.out.printf("%-9d %-9d %-8d %-10s %-10s %-12s %-10d %s%n", SyntheticModels.count(m), slices, atoms, cold.ms() + " ms",
                    warm.ms() + " ms", recheck + " ms", a.threats().size(), v);
        }
        naive(rules);
    }

    private static void warmUp(RuleSet rules) {
        SystemModel m = SyntheticModels.generate(300, 7);
        try (Checker c = new Checker(CheckOptions.defaults())) {
            for (int i = 0; i < 3; i++) c.check(m, new DerivationEngine(rules).derive(m), "warm-up " + i);
        }
    }

    static void flipOneCountermeasure(SystemModel m) {
        Countermeasure c = m.getCountermeasures().get(m.getCountermeasures().size() / 2);
        c.setStatus(c.getStatus() == CountermeasureStatus.IMPLEMENTED ? CountermeasureStatus.PROPOSED : CountermeasureStatus.IMPLEMENTED);
    }

    /** The reference: the same attack-path question written as Alloy facts over the whole 50-element model. */
    private static void naive(RuleSet rules) {
        SystemModel m = SyntheticModels.generate(50, 42);
        Analysis a = new DerivationEngine(rules).derive(m);
        ModelFacts facts = new ModelFacts(m, a);
        Slice whole = org.threatloom.formal.slice.Slicer.wholeModel(Theorem.ATTACK_PATHS, facts);
        Encoder.Problem p = Encoder.encode(TheoremLibrary.get(Theorem.ATTACK_PATHS), new Vocabulary(facts, whole, 1), false);
        long ours = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            try (Checker c = new Checker(CheckOptions.defaults().only(List.of(Theorem.ATTACK_PATHS)))) {
                c.check(m, a, "sliced");
            }
            ours = Math.min(ours, (System.nanoTime() - t0) / 1_000_000);
        }
        long t0 = System.nanoTime();
        boolean oursWhole = SliceSolver.solve(p, new CancelToken()).counterexample();
        long exactWhole = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        boolean alloy = NaiveAlloyCheck.counterexample(p);
        long naive = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf(Locale.ROOT, "%nnaive fact encoding, attack paths, whole 50-element model (%d atoms): %d ms (counterexample: %s)%n",
                p.atoms(), naive, alloy);
        System.out.printf(Locale.ROOT, "exact bounds, whole model, one problem: %d ms (counterexample: %s) -> %.0fx faster%n", exactWhole, oursWhole,
                naive / (double) Math.max(1, exactWhole));
        System.out.printf(Locale.ROOT, "exact bounds, sliced per asset (the checker): %d ms -> %.0fx faster%n", ours, naive / (double) Math.max(1, ours));
    }
}
