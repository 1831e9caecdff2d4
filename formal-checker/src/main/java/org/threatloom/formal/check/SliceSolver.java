package org.threatloom.formal.check;

import org.threatloom.formal.encode.Encoder.Problem;

import kodkod.ast.Decl;
import kodkod.ast.Formula;
import kodkod.ast.Relation;
import kodkod.engine.Solution;
import kodkod.engine.Solver;
import kodkod.engine.bool.BooleanFormula;
import kodkod.engine.config.AbstractReporter;
import kodkod.instance.Bounds;
import kodkod.instance.Instance;

/** Solves one encoded problem with Kodkod and SAT4J: satisfiable means a counterexample. */
public final class SliceSolver {
    private SliceSolver() {}

    /**
     * @param instance the counterexample, or null when the theorem holds on the slice
     * @param primaryVars SAT variables for the open relations (0 when everything was fixed)
     */
    public record Outcome(Instance instance, String solver, int primaryVars, int variables, int clauses, long translationMs, long solvingMs) {
        public boolean counterexample() {
            return instance != null;
        }
    }

    public static Outcome solve(Problem p, CancelToken token) {
        return solve(p.formula(), p.bounds(), token);
    }

    public static Outcome solve(Formula formula, Bounds bounds, CancelToken token) {
        return solve(formula, bounds, token, 8);
    }

    /** @param bitwidth integer width for cardinality constraints (repair counts its additions) */
    public static Outcome solve(Formula formula, Bounds bounds, CancelToken token, int bitwidth) {
        token.check();
        Solver solver = new Solver();
        solver.options().setSolver(new CancellableSat(token));
        solver.options().setSkolemDepth(0);
        solver.options().setSymmetryBreaking(0);
        solver.options().setBitwidth(bitwidth);
        solver.options().setNoOverflow(false); // no integers in the theorems; repair counts stay far below 2^7
        solver.options().setReporter(new AbstractReporter() {
            @Override
            public void translatingToBoolean(Formula f, Bounds b) {
                token.check();
            }

            @Override
            public void translatingToCNF(BooleanFormula circuit) {
                token.check();
            }

            @Override
            public void skolemizing(Decl decl, Relation skolem, java.util.List<Decl> context) {
                token.check();
            }
        });
        try {
            Solution s = solver.solve(formula, bounds);
            token.check();
            return new Outcome(s.sat() ? s.instance() : null, "SAT4J", s.stats().primaryVariables(), s.stats().variables(),
                    s.stats().clauses(), s.stats().translationTime(), s.stats().solvingTime());
        } catch (RuntimeException e) {
            if (token.cancelled()) throw new CancelToken.Cancelled();
            throw e;
        } finally {
            solver.free();
        }
    }
}
