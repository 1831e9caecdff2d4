package org.threatloom.catalog.rules;

import java.util.List;

/** Rules that could not be loaded; each problem names the file and the rule. Nothing is half-loaded. */
public final class RuleLoadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public RuleLoadException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0) : problems.size() + " rule problems:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
