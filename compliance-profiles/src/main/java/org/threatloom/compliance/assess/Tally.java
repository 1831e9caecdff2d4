package org.threatloom.compliance.assess;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.threatloom.model.Countermeasure;

/** What is known about one requirement on one target while it is being evaluated. */
final class Tally {
    final List<Evidence> evidence = new ArrayList<>();
    /** Why it counts as implemented (for the justification). */
    final List<String> positives = new ArrayList<>();
    /** Shortfalls (for the justification). */
    final List<String> violations = new ArrayList<>();
    /** Things expected but absent, said when nothing else is known. */
    final List<String> absent = new ArrayList<>();
    final Set<String> remedies = new LinkedHashSet<>();
    /** Implemented countermeasures counted for the requirement. */
    final List<Countermeasure> counted = new ArrayList<>();
    /** Highest slCapability of counted countermeasures, -1 when none. */
    int cmStrength = -1;
    /** Whether some positive evidence does not rest on a countermeasure (so the requirement is not capped). */
    boolean uncapped;

    void add(Evidence.Type type, String id, String label, Evidence.Role role, String detail) {
        evidence.add(new Evidence(type, id, label, role, detail));
    }

    boolean positive() {
        return !positives.isEmpty();
    }

    boolean violated() {
        return !violations.isEmpty();
    }

    Integer strength() {
        if (uncapped || cmStrength < 0) return null;
        return cmStrength;
    }

    Verdict verdict() {
        if (positive()) return violated() ? Verdict.PARTIALLY : Verdict.SATISFIED;
        return Verdict.NOT_SATISFIED;
    }

    String justification() {
        StringBuilder sb = new StringBuilder();
        if (positive()) sb.append(String.join("; ", positives));
        if (violated()) sb.append(sb.length() > 0 ? ". But: " : "").append(String.join("; ", violations));
        if (!positive() && !violated()) sb.append(String.join("; ", absent));
        if (!remedies.isEmpty() && verdict() != Verdict.SATISFIED) sb.append(". Planned or proposed: ").append(String.join(", ", remedies));
        return sb.toString();
    }

    /** "a, b, c and 4 more". */
    static String few(List<String> items, int max) {
        if (items.size() <= max) return String.join(", ", items);
        return String.join(", ", items.subList(0, max)) + " and " + (items.size() - max) + " more";
    }
}
