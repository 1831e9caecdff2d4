package org.threatloom.compliance.profile;

import java.util.List;

/** A profile that could not be loaded; every problem names the profile file and the requirement. */
public final class ProfileLoadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public ProfileLoadException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0) : problems.size() + " profile problems:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
