package org.threatloom.formal.repair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.threatloom.catalog.derive.Analysis;
import org.threatloom.formal.check.CancelToken;
import org.threatloom.formal.check.CheckExecutor;
import org.threatloom.formal.check.Checker;
import org.threatloom.formal.check.SliceSolver;
import org.threatloom.formal.encode.Encoder;
import org.threatloom.formal.encode.Vocabulary;
import org.threatloom.formal.result.CheckReport;
import org.threatloom.formal.result.SliceResult;
import org.threatloom.formal.result.TheoremResult;
import org.threatloom.formal.result.Verdict;
import org.threatloom.formal.slice.ModelFacts;
import org.threatloom.formal.slice.Slice;
import org.threatloom.formal.slice.Slicer;
import org.threatloom.formal.theorems.CompiledTheorem;
import org.threatloom.formal.theorems.Theorem;
import org.threatloom.formal.theorems.TheoremLibrary;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.SystemModel;

import kodkod.ast.Expression;
import kodkod.ast.Formula;
import kodkod.ast.IntConstant;
import kodkod.ast.Relation;
import kodkod.instance.Bounds;
import kodkod.instance.Instance;
import kodkod.instance.Tuple;
import kodkod.instance.TupleFactory;
import kodkod.instance.TupleSet;
import kodkod.util.nodes.AnnotatedNode;

/**
 * Finds, per failing theorem, the smallest set of countermeasures that makes it hold on its failing slices.
 *
 * Which of the candidates ({@link Candidates}) are implemented is left open to the solver ({@code Implemented}
 * gets lower bound = what is implemented, upper bound = plus every candidate), and the theorem's assertion must
 * hold, with at most n additions; n is found by binary search, and among the smallest sets the cheapest wins.
 * For the graph theorems the assertion quantifies over the attacker's choices, so the question is
 * exists-forall; it is solved by counterexample-guided refinement: find a smallest set that blocks every attack
 * seen so far (the assertion is copied once per attack, with that attack's choices fixed), check it, and add
 * the next attack the check finds. Countermeasures only ever block, so the slices that held still hold.
 */
public final class Repairer {
    static final int MAX_ROUNDS = 40;
    static final int MAX_ALTERNATIVES = 16;

    private final Checker checker;

    public Repairer(Checker checker) {
        this.checker = checker;
    }

    public RepairPlan repair(SystemModel model, Analysis analysis, CheckReport report) {
        ModelFacts facts = new ModelFacts(model, analysis);
        Map<String, Object> chosen = new LinkedHashMap<>();
        Map<String, Set<String>> byTheorem = new HashMap<>();
        List<RepairPlan.TheoremRepair> theorems = new ArrayList<>();
        for (TheoremResult r : report.theorems()) {
            if (r.verdict() == Verdict.PROVED) continue;
            Theorem t = r.theorem();
            Set<String> failing = new HashSet<>();
            for (SliceResult s : r.slices()) if (s.verdict() != Verdict.PROVED) failing.add(s.subject());
            List<Slice> parts = new ArrayList<>();
            for (Slice s : Slicer.slices(t, facts)) if (failing.contains(s.subject())) parts.add(s);
            CompiledTheorem ct = TheoremLibrary.get(t);
            Slice union = Slice.union(t, "repair", parts);
            Slice offered = union.withCandidates(Candidates.of(t, ct, facts, union));
            CheckExecutor.Result<Object> res = checker.runWithin(token -> minimal(ct, facts, offered, checker.options().k(), token), checker.options().budgetMs());
            if (res.value() instanceof Set<?> set) {
                for (Object o : set) {
                    String id = o instanceof Countermeasure c ? c.getId() : String.valueOf(o);
                    chosen.put(id, o instanceof Countermeasure ? o : candidate(offered, id));
                    byTheorem.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(t.cliName());
                }
                theorems.add(new RepairPlan.TheoremRepair(t.cliName(), true, set.size(), null));
            } else {
                String why = res.timedOut() ? "not repaired within budget"
                        : res.value() instanceof String s ? s : "repair failed: " + res.error();
                theorems.add(new RepairPlan.TheoremRepair(t.cliName(), false, 0, why));
            }
        }
        return ModelRepair.apply(model, analysis, chosen, byTheorem, theorems, checker, report.model());
    }

    private static Slice.Candidate candidate(Slice s, String id) {
        for (Slice.Candidate c : s.candidates()) if (c.id().equals(id)) return c;
        throw new IllegalStateException("unknown candidate " + id);
    }

    /** The smallest set (model countermeasures and candidate ids) that makes the theorem hold on the slice; or why not. */
    private static Object minimal(CompiledTheorem ct, ModelFacts facts, Slice offered, int k, CancelToken token) {
        List<Map<String, List<List<Object>>>> attacks = new ArrayList<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Set<Object> set = smallest(ct, facts, offered, attacks, k, token);
            if (set == null) {
                return "no combination of the countermeasure kinds the catalog gives for the threats involved makes it hold;"
                        + " it needs a change to the model itself";
            }
            Encoder.Problem check = Encoder.encode(ct, new Vocabulary(facts, offered.assuming(set), k), false);
            SliceSolver.Outcome o = SliceSolver.solve(check, token);
            if (!o.counterexample()) return set;
            attacks.add(openValues(ct, o.instance()));
        }
        return "no repair found within " + MAX_ROUNDS + " refinement rounds";
    }

    private static Map<String, List<List<Object>>> openValues(CompiledTheorem ct, Instance inst) {
        Map<String, List<List<Object>>> out = new LinkedHashMap<>();
        for (String name : ct.theorem().openRelations()) {
            List<List<Object>> rows = new ArrayList<>();
            TupleSet ts = inst.tuples(ct.relation(name));
            if (ts != null) {
                for (Tuple t : ts) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 0; i < t.arity(); i++) row.add(t.atom(i));
                    rows.add(row);
                }
            }
            out.put(name, rows);
        }
        return out;
    }

    private static Set<Object> smallest(CompiledTheorem ct, ModelFacts facts, Slice offered, List<Map<String, List<List<Object>>>> attacks,
                                        int k, CancelToken token) {
        Encoder.Problem p = Encoder.encode(ct, new Vocabulary(facts, offered, k), true);
        Bounds b = p.bounds().clone();
        TupleFactory tf = p.universe().factory();
        Relation impl = ct.relation("Implemented");
        Relation existing = Relation.unary("ExistingImplemented");
        b.boundExactly(existing, p.bounds().lowerBound(impl));
        Set<Relation> open = new HashSet<>();
        for (String name : ct.theorem().openRelations()) open.add(ct.relation(name));
        List<Formula> base = new ArrayList<>(p.structure());
        for (Formula f : p.facts()) if (AnnotatedNode.annotate(f).relations().stream().noneMatch(open::contains)) base.add(f);
        if (open.isEmpty()) base.add(ct.assertion());
        for (int i = 0; i < attacks.size(); i++) {
            Map<Relation, Relation> renames = new HashMap<>();
            for (Map.Entry<String, List<List<Object>>> e : attacks.get(i).entrySet()) {
                Relation r = ct.relation(e.getKey());
                Relation copy = Relation.nary(r.name() + "#" + i, r.arity());
                TupleSet ts = tf.noneOf(r.arity());
                for (List<Object> row : e.getValue()) ts.add(tf.tuple(row));
                b.boundExactly(copy, ts);
                renames.put(r, copy);
            }
            base.add(Renamer.rename(ct.assertion(), renames));
        }
        int candidates = b.upperBound(impl).size() - b.lowerBound(impl).size();
        int bits = Math.max(4, 34 - Integer.numberOfLeadingZeros(candidates + 1));
        Expression added = impl.difference(existing);
        SliceSolver.Outcome any = SliceSolver.solve(Formula.and(base), b, token, bits);
        if (!any.counterexample()) return null;
        Instance best = any.instance();
        int lo = 0, hi = best.tuples(impl).size() - b.lowerBound(impl).size();
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            SliceSolver.Outcome o = SliceSolver.solve(Formula.and(base).and(added.count().lte(IntConstant.constant(mid))), b, token, bits);
            if (o.counterexample()) {
                hi = mid;
                best = o.instance();
            } else {
                lo = mid + 1;
            }
        }
        return cheapest(base, b, added, hi, best, impl, p, token, bits);
    }

    /** Among the sets of the smallest size, the cheapest (ties: by id), from up to 16 alternatives. */
    private static Set<Object> cheapest(List<Formula> base, Bounds b, Expression added, int size, Instance first, Relation impl,
                                        Encoder.Problem p, CancelToken token, int bits) {
        TupleFactory tf = p.universe().factory();
        Formula f = Formula.and(base).and(added.count().lte(IntConstant.constant(size)));
        List<Set<Object>> options = new ArrayList<>();
        Instance inst = first;
        for (int i = 0; i < MAX_ALTERNATIVES && inst != null; i++) {
            TupleSet chosen = inst.tuples(impl).clone();
            chosen.removeAll(b.lowerBound(impl));
            Set<Object> set = new LinkedHashSet<>();
            for (Tuple t : chosen) set.add(source(p, t.atom(0)));
            options.add(set);
            Relation block = Relation.unary("Block#" + i);
            TupleSet ts = tf.noneOf(1);
            ts.addAll(chosen);
            b.boundExactly(block, ts);
            f = f.and(added.eq(block).not());
            SliceSolver.Outcome o = SliceSolver.solve(f, b, token, bits);
            inst = o.counterexample() ? o.instance() : null;
        }
        options.sort(Comparator.comparingInt(Repairer::cost).thenComparing(s -> ids(s).toString()));
        return options.get(0);
    }

    private static Object source(Encoder.Problem p, Object atom) {
        Object s = p.sources().get(atom);
        return s instanceof Slice.Candidate c ? c.id() : s;
    }

    private static int cost(Set<Object> set) {
        int sum = 0;
        for (Object o : set) sum += o instanceof Countermeasure c ? Math.max(1, c.getCost()) : Candidates.NEW_COST;
        return sum;
    }

    private static List<String> ids(Set<Object> set) {
        List<String> out = new ArrayList<>();
        for (Object o : set) out.add(o instanceof Countermeasure c ? c.getId() : String.valueOf(o));
        out.sort(null);
        return out;
    }
}
