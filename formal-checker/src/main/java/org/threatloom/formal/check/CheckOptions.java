package org.threatloom.formal.check;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.threatloom.formal.theorems.Theorem;

/**
 * What to check and how hard to try.
 *
 * @param theorems  the theorems to check
 * @param k         the size bound of the compromised set in k-compromise resilience
 * @param budgetMs  time budget per theorem (all its slices); past it a check is cancelled, "not proven within budget"
 * @param threads   worker threads (each with a 256 MB stack)
 * @param validate  check every slice's exact relations against the theorem file's declarations (tests do)
 */
public record CheckOptions(Set<Theorem> theorems, int k, long budgetMs, int threads, boolean validate) {
    public static final long DEFAULT_BUDGET_MS = 60_000;

    public CheckOptions {
        if (k < 0) throw new IllegalArgumentException("k must be >= 0");
        if (budgetMs <= 0) throw new IllegalArgumentException("the budget must be positive");
        theorems = theorems.isEmpty() ? EnumSet.noneOf(Theorem.class) : EnumSet.copyOf(theorems);
    }

    public static CheckOptions defaults() {
        return new CheckOptions(EnumSet.allOf(Theorem.class), 1, DEFAULT_BUDGET_MS, Math.max(1, Runtime.getRuntime().availableProcessors()),
                false);
    }

    public CheckOptions only(List<Theorem> list) {
        return new CheckOptions(list.isEmpty() ? theorems : EnumSet.copyOf(list), k, budgetMs, threads, validate);
    }

    public CheckOptions withK(int newK) {
        return new CheckOptions(theorems, newK, budgetMs, threads, validate);
    }

    public CheckOptions withBudget(long ms) {
        return new CheckOptions(theorems, k, ms, threads, validate);
    }

    public CheckOptions withThreads(int n) {
        return new CheckOptions(theorems, k, budgetMs, Math.max(1, n), validate);
    }

    public CheckOptions validating() {
        return new CheckOptions(theorems, k, budgetMs, threads, true);
    }
}
