package org.threatloom.formal.result;

import java.util.Locale;

/** The outcome of a theorem (or one slice of it). */
public enum Verdict {
    /** Holds: the solver showed there is no counterexample within the exact bounds of every slice. */
    PROVED,
    /** Fails: a counterexample drawn from the model. */
    COUNTEREXAMPLE,
    /** Not proven within budget: the check was cancelled (or could not be completed) before an answer. */
    TIMEOUT;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Counterexample beats timeout beats proved. */
    public static Verdict worst(Verdict a, Verdict b) {
        if (a == COUNTEREXAMPLE || b == COUNTEREXAMPLE) return COUNTEREXAMPLE;
        if (a == TIMEOUT || b == TIMEOUT) return TIMEOUT;
        return PROVED;
    }
}
