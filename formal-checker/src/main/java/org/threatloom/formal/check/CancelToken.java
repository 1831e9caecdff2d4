package org.threatloom.formal.check;

import java.util.ArrayList;
import java.util.List;

import org.sat4j.specs.ISolver;

/**
 * Cancels one running check cooperatively: the CNF translation stops at its next clause, the SAT search is
 * expired, and the translation phases stop at their next boundary. A task that does not notice is stopped by
 * {@link CheckExecutor} after a grace period.
 */
public final class CancelToken {
    private volatile boolean cancelled;
    private final List<ISolver> solvers = new ArrayList<>();

    public boolean cancelled() {
        return cancelled;
    }

    public void cancel() {
        cancelled = true;
        synchronized (solvers) {
            for (ISolver s : solvers) {
                try {
                    s.expireTimeout();
                } catch (RuntimeException ignored) {
                    // the solver may be finishing; cancellation is best effort here and forced later
                }
            }
        }
    }

    void register(ISolver s) {
        synchronized (solvers) {
            solvers.add(s);
            if (cancelled) s.expireTimeout();
        }
    }

    /** Throws {@link Cancelled} once cancelled. */
    public void check() {
        if (cancelled || Thread.currentThread().isInterrupted()) throw new Cancelled();
    }

    /** Thrown inside a cancelled check. */
    public static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Cancelled() {
            super("cancelled: not proven within budget", null, false, false);
        }
    }
}
