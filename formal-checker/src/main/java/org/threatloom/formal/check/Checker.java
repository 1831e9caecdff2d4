package org.threatloom.formal.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.threatloom.catalog.derive.Analysis;
import org.threatloom.catalog.derive.DerivationEngine;
import org.threatloom.catalog.rules.RuleLoadException;
import org.threatloom.catalog.rules.RuleLoader;
import org.threatloom.formal.encode.Encoder;
import org.threatloom.formal.encode.Vocabulary;
import org.threatloom.formal.result.CheckReport;
import org.threatloom.formal.result.CounterexampleMapper;
import org.threatloom.formal.result.SliceResult;
import org.threatloom.formal.result.TheoremResult;
import org.threatloom.formal.result.Verdict;
import org.threatloom.formal.slice.ModelFacts;
import org.threatloom.formal.slice.Slice;
import org.threatloom.formal.slice.Slicer;
import org.threatloom.formal.theorems.CompiledTheorem;
import org.threatloom.formal.theorems.Theorem;
import org.threatloom.formal.theorems.TheoremLibrary;
import org.threatloom.model.SystemModel;

/**
 * Checks the theorems on a model: derive threats, slice per theorem, encode each slice with exact bounds, solve
 * on the worker pool within each theorem's budget, map counterexamples back to the model. Slice verdicts are
 * cached by the content hash of their encoding, so checking again after an edit only solves the slices the
 * edit changed. One checker can be reused (and should be, for the cache); it is thread-safe.
 */
public final class Checker implements AutoCloseable {
    private static final int CACHE_LIMIT = 50_000;

    private final CheckOptions options;
    private final CheckExecutor executor;
    private final Map<String, SliceResult> cache = new ConcurrentHashMap<>();

    public Checker(CheckOptions options) {
        this.options = options;
        this.executor = new CheckExecutor(options.threads());
    }

    public CheckOptions options() {
        return options;
    }

    /** Derives the threats with the shipped rules, then checks. */
    public CheckReport check(SystemModel model, String label) throws RuleLoadException {
        return check(model, new DerivationEngine(RuleLoader.loadDefault()).derive(model), label);
    }

    public CheckReport check(SystemModel model, Analysis analysis, String label) {
        long start = System.nanoTime();
        ModelFacts facts = new ModelFacts(model, analysis);
        Map<Theorem, List<Slice>> slices = new EnumMap<>(Theorem.class);
        Map<Theorem, List<CheckExecutor.Job<SliceResult>>> jobs = new EnumMap<>(Theorem.class);
        for (Theorem t : options.theorems()) {
            CompiledTheorem ct = TheoremLibrary.get(t);
            List<Slice> list = Slicer.slices(t, facts);
            slices.put(t, list);
            List<CheckExecutor.Job<SliceResult>> js = new ArrayList<>();
            for (Slice s : list) js.add(executor.submit(token -> checkSlice(ct, facts, s, token)));
            jobs.put(t, js);
        }
        long deadline = start + options.budgetMs() * 1_000_000L;
        List<TheoremResult> results = new ArrayList<>();
        for (Theorem t : options.theorems()) {
            List<SliceResult> done = new ArrayList<>();
            List<Slice> list = slices.get(t);
            for (int i = 0; i < list.size(); i++) {
                CheckExecutor.Result<SliceResult> r = executor.await(jobs.get(t).get(i), deadline);
                done.add(r.value() != null ? r.value() : unproven(list.get(i), r));
            }
            long ms = 0;
            for (SliceResult r : done) ms += r.ms();
            results.add(TheoremResult.of(t, ms, done));
        }
        return new CheckReport(label, results, (System.nanoTime() - start) / 1_000_000, options.k(), options.budgetMs());
    }

    private SliceResult checkSlice(CompiledTheorem ct, ModelFacts facts, Slice s, CancelToken token) {
        long t0 = System.nanoTime();
        Vocabulary vocabulary = new Vocabulary(facts, s, options.k());
        String key = vocabulary.hash(ct.source() + TheoremLibrary.commonSource());
        SliceResult hit = cache.get(key);
        if (hit != null) return hit.asCached(s.subject());
        Encoder.Problem p = Encoder.encode(ct, vocabulary, false, options.validate());
        token.check();
        SliceSolver.Outcome o = SliceSolver.solve(p, token);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        SliceResult r = o.counterexample()
                ? new SliceResult(s.subject(), Verdict.COUNTEREXAMPLE, ms, p.atoms(), o.primaryVars(), o.clauses(), o.solver(), false,
                        CounterexampleMapper.map(p, o.instance(), s, facts), null)
                : new SliceResult(s.subject(), Verdict.PROVED, ms, p.atoms(), o.primaryVars(), o.clauses(), o.solver(), false, null, null);
        if (cache.size() > CACHE_LIMIT) cache.clear();
        cache.put(key, r);
        return r;
    }

    private static SliceResult unproven(Slice s, CheckExecutor.Result<SliceResult> r) {
        String why = r.timedOut() ? "not proven within budget" : "not proven: " + r.error();
        return new SliceResult(s.subject(), Verdict.TIMEOUT, 0, 0, 0, 0, "SAT4J", false, null, why);
    }

    /** Runs other work (repair) on the checker's workers: big stack, deadline, clean cancellation. */
    public <T> CheckExecutor.Result<T> runWithin(java.util.function.Function<CancelToken, T> work, long budgetMs) {
        return executor.await(executor.submit(work), System.nanoTime() + budgetMs * 1_000_000L);
    }

    /** Slices being checked or waiting right now (0 once every worker is free). */
    public int busyWorkers() {
        return executor.busy();
    }

    public int cachedSlices() {
        return cache.size();
    }

    @Override
    public void close() {
        executor.close();
    }
}
