package org.threatloom.formal.check;

import org.sat4j.minisat.SolverFactory;
import org.sat4j.specs.ISolver;

import kodkod.engine.satlab.SATFactory;
import kodkod.engine.satlab.SATSolver;
import kodkod.solvers.SAT4J;

/**
 * SAT4J (pure Java, works everywhere) behind Kodkod's solver interface, cancellable: every clause Kodkod adds
 * checks the token (so a huge CNF translation stops), and the search itself is expired on cancel.
 */
final class CancellableSat extends SATFactory {
    private static final long serialVersionUID = 1L;
    private final transient CancelToken token;

    CancellableSat(CancelToken token) {
        this.token = token;
    }

    @Override
    public String id() {
        return "sat4j";
    }

    @Override
    public String type() {
        return "java";
    }

    @Override
    protected SATSolver createSolver() {
        ISolver s = SolverFactory.instance().defaultSolver();
        token.register(s);
        return new Guarded(new SAT4J(s), token);
    }

    private record Guarded(SATSolver inner, CancelToken token) implements SATSolver {
        @Override
        public int numberOfVariables() {
            return inner.numberOfVariables();
        }

        @Override
        public int numberOfClauses() {
            return inner.numberOfClauses();
        }

        @Override
        public void addVariables(int n) {
            token.check();
            inner.addVariables(n);
        }

        @Override
        public boolean addClause(int[] lits) {
            token.check();
            return inner.addClause(lits);
        }

        @Override
        public boolean solve() {
            token.check();
            return inner.solve();
        }

        @Override
        public boolean valueOf(int variable) {
            return inner.valueOf(variable);
        }

        @Override
        public void free() {
            inner.free();
        }
    }
}
