package org.threatloom.app.cli;

/** The exit-code convention every command keeps. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Findings that fail a requested gate (e.g. --fail-on high, a theorem with a counterexample). */
    public static final int FINDINGS = 1;
    /** Bad input or usage: unreadable or invalid model, unknown option. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {}

    /** Says what is wrong with the input on {@code err}, as "threatloom: MESSAGE", and gives {@link #BAD_INPUT}. */
    public static int badInput(java.io.PrintWriter err, String message) {
        err.println("threatloom: " + message);
        err.flush();
        return BAD_INPUT;
    }
}
