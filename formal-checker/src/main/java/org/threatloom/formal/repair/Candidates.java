package org.threatloom.formal.repair;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.threatloom.catalog.derive.ThreatFinding;
import org.threatloom.formal.encode.Vocabulary;
import org.threatloom.formal.slice.ModelFacts;
import org.threatloom.formal.slice.Slice;
import org.threatloom.formal.theorems.CompiledTheorem;
import org.threatloom.formal.theorems.Theorem;
import org.threatloom.model.AttackerProfile;
import org.threatloom.model.CountermeasureKind;
import org.threatloom.model.Stride;
import org.threatloom.model.ThreatStatus;

/**
 * The countermeasures repair may add: for every undecided threat on an element of the failing slices, each kind
 * its catalog rule says mitigates it - as long as the theorem responds to that kind (coverage and the two graph
 * theorems respond to any mitigating kind; the others only to the kinds their {@code .als} file names) -
 * protecting the threatened element, as strong as its zone's SL-T for the threatened requirement (and, for the
 * graph theorems, as the strongest attacker). Proposed and planned countermeasures already in the slice are
 * candidates too: implementing them is usually the cheapest fix.
 */
final class Candidates {
    /** Assumed relative cost of a countermeasure the model does not have yet (the model's default is 1). */
    static final int NEW_COST = 2;

    private Candidates() {}

    static List<Slice.Candidate> of(Theorem t, CompiledTheorem ct, ModelFacts facts, Slice slice) {
        Set<CountermeasureKind> responds = responds(t, ct);
        int attacker = 0;
        for (AttackerProfile a : facts.attackers()) if (a.getCapability() != null) attacker = Math.max(attacker, a.getCapability().getValue() + 1);
        boolean graph = t == Theorem.ATTACK_PATHS || t == Theorem.K_COMPROMISE;
        Map<String, Slice.Candidate> out = new LinkedHashMap<>();
        Map<CountermeasureKind, List<String>> involvedKinds = new LinkedHashMap<>();
        for (EObject e : slice.elements()) {
            for (ThreatFinding f : facts.threatsOn(e)) {
                if (f.rule() == null || decided(f.status())) continue;
                int cap = need(f, facts);
                if (graph) cap = Math.max(cap, attacker);
                for (CountermeasureKind k : f.rule().mitigatedBy()) {
                    if (responds != null && !responds.contains(k)) continue;
                    add(out, k, e, cap, f.id());
                    involvedKinds.computeIfAbsent(k, x -> new ArrayList<>()).add(f.id());
                }
            }
        }
        if (responds != null) {
            // a theorem that names its kinds (key custody, routes, supply chain, data flow) may need a kind the
            // threats involved call for on a place no threat sits on (an audit trail for a flow inside a zone)
            for (Map.Entry<CountermeasureKind, List<String>> k : involvedKinds.entrySet()) {
                for (EObject e : slice.elements()) {
                    if (place(e)) add(out, k.getKey(), e, level(e, facts), k.getValue().get(0));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static void add(Map<String, Slice.Candidate> out, CountermeasureKind k, EObject e, int cap, String threat) {
        String id = "repair-" + k.getLiteral().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + EcoreUtil.getID(e);
        Slice.Candidate prev = out.get(id);
        List<String> closes = new ArrayList<>(prev == null ? List.of() : prev.closes());
        if (!closes.contains(threat)) closes.add(threat);
        out.put(id, new Slice.Candidate(id, k, e, Math.max(cap, prev == null ? 0 : prev.cap()), NEW_COST, closes));
    }

    /** Where a countermeasure of a named kind can act: data, flows, paths, components. */
    private static boolean place(EObject e) {
        return e instanceof org.threatloom.model.DataAsset || e instanceof org.threatloom.model.DataFlow
                || e instanceof org.threatloom.model.NetworkPath || e instanceof org.threatloom.model.Component;
    }

    private static int level(EObject e, ModelFacts facts) {
        int[] v = Vocabulary.governing(e, facts.index());
        int max = 1;
        if (v != null) for (int x : v) max = Math.max(max, x);
        return max;
    }

    private static boolean decided(ThreatStatus s) {
        return s == ThreatStatus.ACCEPTED || s == ThreatStatus.TRANSFERRED || s == ThreatStatus.NOT_APPLICABLE;
    }

    /** The kinds a theorem reacts to: null for any mitigating kind, else the Kind constants its file declares. */
    static Set<CountermeasureKind> responds(Theorem t, CompiledTheorem ct) {
        if (t == Theorem.COVERAGE || t == Theorem.ATTACK_PATHS || t == Theorem.K_COMPROMISE) return null;
        Set<CountermeasureKind> out = EnumSet.noneOf(CountermeasureKind.class);
        for (CompiledTheorem.SigInfo s : ct.sigs()) {
            if (s.one() && "Kind".equals(s.parent())) {
                CountermeasureKind k = CountermeasureKind.get(s.name());
                if (k != null) out.add(k);
            }
        }
        return out;
    }

    /** The SL-T level the threatened requirement needs where the element is (0 where no zone governs it). */
    private static int need(ThreatFinding f, ModelFacts facts) {
        int[] v = Vocabulary.governing(f.element(), facts.index());
        if (v == null) return 1;
        Stride s = f.stride() == null ? Stride.SPOOFING : f.stride();
        int fr = switch (s) {
            case SPOOFING -> 0;
            case ELEVATION_OF_PRIVILEGE -> 1;
            case TAMPERING -> 2;
            case INFORMATION_DISCLOSURE -> 3;
            case REPUDIATION -> 5;
            case DENIAL_OF_SERVICE -> 6;
        };
        return Math.max(1, v[fr]);
    }
}
