package org.threatloom.formal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threatloom.formal.check.CheckExecutor;
import org.threatloom.formal.check.CheckOptions;
import org.threatloom.formal.check.Checker;
import org.threatloom.formal.check.SliceSolver;
import org.threatloom.formal.result.CheckReport;
import org.threatloom.formal.result.ReportText;
import org.threatloom.formal.result.TheoremResult;
import org.threatloom.formal.result.Verdict;
import org.threatloom.formal.theorems.Theorem;
import org.threatloom.model.SystemModel;

import kodkod.ast.Expression;
import kodkod.ast.Formula;
import kodkod.ast.Relation;
import kodkod.ast.Variable;
import kodkod.instance.Bounds;
import kodkod.instance.TupleFactory;
import kodkod.instance.Universe;

/** Robustness case 16: a check that explodes is stopped at its budget, reported, and the worker is free again. */
class BudgetTest {

    /** Pigeonhole: n+1 pigeons in n holes, one each - unsatisfiable, and exponentially hard for resolution (SAT phase). */
    static Object[] pigeonhole(int holes) {
        List<Object> atoms = new ArrayList<>();
        for (int i = 0; i <= holes; i++) atoms.add("pigeon" + i);
        for (int i = 0; i < holes; i++) atoms.add("hole" + i);
        Universe u = new Universe(atoms);
        TupleFactory f = u.factory();
        Relation pigeon = Relation.unary("Pigeon"), hole = Relation.unary("Hole"), nest = Relation.binary("nest");
        Bounds b = new Bounds(u);
        b.boundExactly(pigeon, f.range(f.tuple("pigeon0"), f.tuple("pigeon" + holes)));
        b.boundExactly(hole, f.range(f.tuple("hole0"), f.tuple("hole" + (holes - 1))));
        b.bound(nest, b.upperBound(pigeon).product(b.upperBound(hole)));
        Variable p = Variable.unary("p"), h = Variable.unary("h");
        Formula f1 = p.join(nest).one().forAll(p.oneOf(pigeon));
        Formula f2 = nest.join(h).lone().forAll(h.oneOf(hole));
        return new Object[] {f1.and(f2).and(nest.in(pigeon.product(hole))), b};
    }

    /** A closure over a large open relation: the translation to boolean circuits itself explodes (no SAT yet). */
    static Object[] explodingTranslation(int n) {
        List<Object> atoms = new ArrayList<>();
        for (int i = 0; i < n; i++) atoms.add("n" + i);
        Universe u = new Universe(atoms);
        Relation node = Relation.unary("Node"), edge = Relation.binary("edge");
        Bounds b = new Bounds(u);
        b.boundExactly(node, u.factory().allOf(1));
        b.bound(edge, u.factory().allOf(2));
        Variable x = Variable.unary("x");
        Expression reach = edge.closure();
        Formula f = x.join(reach).eq(node).forAll(x.oneOf(node)).and(edge.join(edge).join(edge).eq(edge).not());
        return new Object[] {f, b};
    }

    /** Busy workers once the pool has settled (a finished task is still counted for a moment). */
    static int quiet(java.util.function.IntSupplier busy) {
        for (int i = 0; i < 100 && busy.getAsInt() > 0; i++) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return busy.getAsInt();
    }

    @Test
    void anExplodingSatSearchIsStoppedAtItsBudgetAndTheWorkerIsFreed() {
        Object[] php = pigeonhole(14);
        try (CheckExecutor ex = new CheckExecutor(1)) {
            long start = System.nanoTime();
            var job = ex.submit(token -> SliceSolver.solve((Formula) php[0], (Bounds) php[1], token));
            CheckExecutor.Result<SliceSolver.Outcome> r = ex.await(job, System.nanoTime() + 1_000_000_000L);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(r.timedOut(), "not cut at the budget");
            assertTrue(ms < 1000 + 2 * 500 + 500, "took " + ms + " ms");
            // the single worker is free: the next check runs and answers
            Object[] small = pigeonhole(3);
            var next = ex.await(ex.submit(token -> SliceSolver.solve((Formula) small[0], (Bounds) small[1], token)), System.nanoTime() + 30_000_000_000L);
            assertFalse(next.timedOut());
            assertNotNull(next.value());
            assertFalse(next.value().counterexample(), "pigeonhole(3) is unsatisfiable");
        }
    }

    @Test
    void anExplodingTranslationIsStoppedTooAndTheWorkerIsFreed() {
        Object[] big = explodingTranslation(900);
        try (CheckExecutor ex = new CheckExecutor(1)) {
            long start = System.nanoTime();
            var r = ex.await(ex.submit(token -> SliceSolver.solve((Formula) big[0], (Bounds) big[1], token)), System.nanoTime() + 1_000_000_000L);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(r.timedOut());
            assertTrue(ms < 1000 + 2 * 500 + 1000, "took " + ms + " ms");
            Object[] small = pigeonhole(3);
            var next = ex.await(ex.submit(token -> SliceSolver.solve((Formula) small[0], (Bounds) small[1], token)), System.nanoTime() + 30_000_000_000L);
            assertNotNull(next.value(), "the worker was not freed");
            assertEquals(0, quiet(ex::busy));
        }
    }

    @Test
    void aTheoremPastItsBudgetIsReportedNotProvenWithinBudgetAndTheNextCheckStillRuns() {
        SystemModel m = Fixtures.load(Fixtures.FACTORY);
        var analysis = Fixtures.derive(m);
        try (Checker c = new Checker(CheckOptions.defaults().withBudget(1).withThreads(1))) {
            CheckReport cut = c.check(m, analysis, "tiny budget");
            TheoremResult k = cut.get(Theorem.K_COMPROMISE);
            assertTrue(cut.theorems().stream().anyMatch(t -> t.verdict() == Verdict.TIMEOUT), "nothing was cut at a 1 ms budget");
            assertTrue(ReportText.of(cut).contains("not proven within budget"));
            assertTrue(k.slices().stream().anyMatch(s -> "not proven within budget".equals(s.note())));
        }
        try (Checker c = new Checker(CheckOptions.defaults())) {
            CheckReport full = c.check(m, analysis, "normal budget");
            assertTrue(full.theorems().stream().noneMatch(t -> t.verdict() == Verdict.TIMEOUT));
            assertEquals(0, quiet(c::busyWorkers));
        }
    }
}
