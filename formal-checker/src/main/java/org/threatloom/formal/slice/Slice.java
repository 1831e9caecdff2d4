package org.threatloom.formal.slice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.threatloom.catalog.derive.ThreatFinding;
import org.threatloom.formal.theorems.Theorem;
import org.threatloom.model.Countermeasure;

/**
 * The part of the model one check of one theorem needs: elements, derived threats and countermeasures. A slice
 * is a sub-model: it never adds anything, so every path or violation found in it exists in the model; each
 * slicer argues in its comments why nothing the theorem could use is left out, so nothing is missed either.
 */
public final class Slice {
    private final Theorem theorem;
    private final String subject;
    final Set<EObject> elements = new LinkedHashSet<>();
    final Set<ThreatFinding> threats = new LinkedHashSet<>();
    final Set<Countermeasure> countermeasures = new LinkedHashSet<>();
    private final List<Candidate> candidates = new ArrayList<>();
    private final Set<Object> assumedImplemented = new LinkedHashSet<>();

    /** A countermeasure repair may add: a kind protecting an element, with a strength. */
    public record Candidate(String id, org.threatloom.model.CountermeasureKind kind, EObject protects, int cap, int cost,
                            List<String> closes) {}

    public Slice(Theorem theorem, String subject) {
        this.theorem = theorem;
        this.subject = subject;
    }

    public Theorem theorem() {
        return theorem;
    }

    /** What the slice is about: an asset, a data item, a flow, a zone, a chunk of threats. */
    public String subject() {
        return subject;
    }

    public Set<EObject> elements() {
        return Collections.unmodifiableSet(elements);
    }

    public Set<ThreatFinding> threats() {
        return Collections.unmodifiableSet(threats);
    }

    public Set<Countermeasure> countermeasures() {
        return Collections.unmodifiableSet(countermeasures);
    }

    public List<Candidate> candidates() {
        return Collections.unmodifiableList(candidates);
    }

    /** A copy with repair candidates (they are offered to the solver, not added to the model). */
    public Slice withCandidates(List<Candidate> extra) {
        Slice s = copy();
        s.candidates.addAll(extra);
        return s;
    }

    /**
     * A copy in which these countermeasures (model countermeasures or candidate ids) count as implemented:
     * how repair checks its proposal.
     */
    public Slice assuming(Set<?> implemented) {
        Slice s = copy();
        s.assumedImplemented.addAll(implemented);
        return s;
    }

    public boolean assumedImplemented(Object countermeasureOrCandidateId) {
        return assumedImplemented.contains(countermeasureOrCandidateId);
    }

    private Slice copy() {
        Slice s = new Slice(theorem, subject);
        s.elements.addAll(elements);
        s.threats.addAll(threats);
        s.countermeasures.addAll(countermeasures);
        s.candidates.addAll(candidates);
        s.assumedImplemented.addAll(assumedImplemented);
        return s;
    }

    /** Merges slices of one theorem (for a joint repair). */
    public static Slice union(Theorem theorem, String subject, List<Slice> parts) {
        Slice s = new Slice(theorem, subject);
        for (Slice p : parts) {
            s.elements.addAll(p.elements);
            s.threats.addAll(p.threats);
            s.countermeasures.addAll(p.countermeasures);
            s.candidates.addAll(p.candidates);
        }
        return s;
    }

    public int size() {
        return elements.size() + threats.size() + countermeasures.size();
    }

    @Override
    public String toString() {
        return theorem.cliName() + "[" + subject + "]: " + elements.size() + " elements, " + threats.size() + " threats, "
                + countermeasures.size() + " countermeasures";
    }
}
