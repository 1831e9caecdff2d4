package org.threatloom.formal.result;

/** A check report for a terminal: one line per theorem, then each counterexample with its path and threats. */
public final class ReportText {
    static final int MAX_DETAILS = 8;

    private ReportText() {}

    public static String of(CheckReport r) {
        StringBuilder sb = new StringBuilder();
        long proved = r.theorems().stream().filter(t -> t.verdict() == Verdict.PROVED).count();
        sb.append(String.format("%s: %d of %d theorems proved (k=%d, budget %ds per theorem, %d ms)%n", r.model(), proved,
                r.theorems().size(), r.k(), r.budgetMs() / 1000, r.ms()));
        for (TheoremResult t : r.theorems()) {
            String verdict = switch (t.verdict()) {
                case PROVED -> "proved";
                case COUNTEREXAMPLE -> "COUNTEREXAMPLE";
                case TIMEOUT -> "not proven within budget";
            };
            sb.append(String.format("  %-22s %-26s %d slice(s), max %d atoms, SAT4J, %d ms solving%s%n", t.theorem().cliName(), verdict,
                    t.slices().size(), t.maxAtoms(), t.ms(), t.note() == null ? "" : " - " + t.note()));
        }
        for (TheoremResult t : r.theorems()) {
            for (Counterexample c : t.counterexamples()) {
                sb.append(String.format("%n%s counterexample [%s]: %s%n", t.theorem().cliName(), c.slice(), c.summary()));
                if (!c.path().isEmpty()) sb.append("  path: ").append(path(c)).append('\n');
                if (!c.threats().isEmpty()) sb.append("  threats: ").append(String.join(", ", c.threats())).append('\n');
                int shown = 0;
                for (String d : c.details()) {
                    if (shown++ == MAX_DETAILS) {
                        sb.append("  ... ").append(c.details().size() - MAX_DETAILS).append(" more (--format json lists all)\n");
                        break;
                    }
                    sb.append("  - ").append(d).append('\n');
                }
            }
            if (t.verdict() == Verdict.TIMEOUT) {
                sb.append(String.format("%n%s: %d slice(s) not proven within budget%n", t.theorem().cliName(), t.timedOut()));
            }
        }
        return sb.toString();
    }

    private static String path(Counterexample c) {
        StringBuilder sb = new StringBuilder();
        for (ElementRef e : c.path()) {
            if (sb.length() > 0) sb.append(" -> ");
            sb.append(e);
        }
        return sb.toString();
    }
}
