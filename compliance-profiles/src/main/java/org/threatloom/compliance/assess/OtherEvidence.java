package org.threatloom.compliance.assess;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.threatloom.catalog.derive.ThreatFinding;
import org.threatloom.compliance.profile.Requirement;
import org.threatloom.compliance.profile.ThreatLink;
import org.threatloom.compliance.proof.ProofEvidence;
import org.threatloom.compliance.proof.ProofRecord;
import org.threatloom.metamodel.query.Labels;
import org.threatloom.metamodel.query.ModelIndex;
import org.threatloom.model.Attestation;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.DataFlow;
import org.threatloom.model.Level;
import org.threatloom.model.ModelElement;
import org.threatloom.model.ThreatStatus;
import org.threatloom.model.Zone;

/** Theorem, attestation and threat evidence for one requirement on one scope. */
final class OtherEvidence {
    private OtherEvidence() {}

    /**
     * Whether a counted countermeasure of a kind that mitigates the threat protects the threat element's zone, the
     * conduit of a flow, or the whole model: the requirement has done its part although the threat (judged per
     * element by the catalog) stays open.
     */
    static boolean addressedAbove(ThreatFinding f, List<Countermeasure> counted) {
        if (f.rule() == null || counted.isEmpty()) return false;
        EObject e = f.element();
        Set<EObject> above = new HashSet<>();
        above.add(EcoreUtil.getRootContainer(e));
        Zone z = ModelIndex.effectiveZone(e);
        if (z != null) above.add(z);
        if (e instanceof DataFlow flow) {
            if (flow.getConduit() != null) above.add(flow.getConduit());
            if (flow.getSource() != null && ModelIndex.effectiveZone(flow.getSource()) != null) above.add(ModelIndex.effectiveZone(flow.getSource()));
            if (flow.getTarget() != null && ModelIndex.effectiveZone(flow.getTarget()) != null) above.add(ModelIndex.effectiveZone(flow.getTarget()));
        }
        for (Countermeasure c : counted) {
            if (!f.rule().mitigatedBy().contains(c.getKind())) continue;
            for (ModelElement p : c.getProtects()) if (above.contains(p)) return true;
        }
        return false;
    }

    static void theorems(Requirement r, TargetScope scope, ProofEvidence proofs, Tally t) {
        for (String name : r.mapping().theorems()) {
            Optional<ProofRecord> rec = proofs.result(name);
            if (rec.isEmpty()) {
                t.add(Evidence.Type.PROOF, name, "theorem " + name, Evidence.Role.MISSING, "not run: " + proofs.origin());
                continue;
            }
            ProofRecord p = rec.get();
            switch (p.verdict()) {
                case PROVED -> {
                    t.add(Evidence.Type.PROOF, p.recordId(), "theorem " + name, Evidence.Role.SUPPORTS, p.detail());
                    t.positives.add("theorem " + name + " proved (" + p.recordId() + ")");
                    t.uncapped = true;
                }
                case COUNTEREXAMPLE -> {
                    List<String> here = p.elementIds().stream().map(OtherEvidence::elementOf).filter(id -> scope.ids().contains(id)).distinct().toList();
                    if (p.elementIds().isEmpty() || !here.isEmpty()) {
                        t.add(Evidence.Type.PROOF, p.recordId(), "theorem " + name, Evidence.Role.CONTRADICTS,
                                p.detail() + (here.isEmpty() ? "" : "; counterexample through " + Tally.few(here, 6)));
                        t.violations.add("counterexample to theorem " + name + " (" + p.recordId() + ")");
                    } else {
                        t.add(Evidence.Type.PROOF, p.recordId(), "theorem " + name, Evidence.Role.CONTEXT,
                                p.detail() + "; the counterexample does not pass through this scope");
                    }
                }
                case TIMEOUT -> t.add(Evidence.Type.PROOF, p.recordId(), "theorem " + name, Evidence.Role.CONTEXT,
                        "not proven within budget: " + p.detail());
            }
        }
    }

    /** A counterexample may name threats ({@code rule@element}): they count where their element is. */
    static String elementOf(String id) {
        int at = id.lastIndexOf('@');
        return at < 0 ? id : id.substring(at + 1);
    }

    /** Attestations with the mapping's topics; returns whether a complete one was found. */
    static boolean attestations(Requirement r, Attestations all, Tally t, List<Attestation> incomplete) {
        boolean found = false;
        for (Attestation a : all.forRequirement(r.id(), r.mapping().topics())) {
            if (Attestations.complete(a)) {
                t.add(Evidence.Type.ATTESTATION, a.getId(), Labels.name(a), Evidence.Role.SUPPORTS, Attestations.describe(a));
                t.positives.add("attested by " + a.getId() + " (" + (a.getAttestedBy()) + (a.getDate() == null ? "" : ", " + a.getDate()) + ")");
                t.uncapped = true;
                found = true;
            } else {
                t.add(Evidence.Type.ATTESTATION, a.getId(), Labels.name(a), Evidence.Role.CONTEXT,
                        "incomplete (needs statement and attestedBy): " + Attestations.describe(a));
                incomplete.add(a);
            }
        }
        return found;
    }

    static String topics(Requirement r) {
        List<String> all = new ArrayList<>(r.mapping().topics());
        all.add(r.id());
        return String.join(" / ", all.stream().map(x -> "'" + x + "'").toList());
    }

    /** Linked (or all) threats on the scope: open ones at or above the threshold count against. */
    static void threats(Requirement r, TargetScope scope, ThreatLinks links, Level threshold, Tally t) {
        ThreatLink mode = r.mapping().threats();
        if (mode == ThreatLink.NONE) return;
        List<String> mitigated = new ArrayList<>(), below = new ArrayList<>(), against = new ArrayList<>(), zoneLevel = new ArrayList<>();
        int decided = 0;
        for (ThreatFinding f : scope.threats()) {
            if (mode == ThreatLink.LINKED && !links.linked(f, r)) continue;
            if (f.status() == ThreatStatus.MITIGATED) {
                mitigated.add(f.id());
            } else if (f.open()) {
                if (addressedAbove(f, t.counted)) {
                    zoneLevel.add(f.id());
                } else if (f.risk().getValue() >= threshold.getValue()) {
                    against.add(f.id());
                    t.add(Evidence.Type.THREAT, f.id(), f.title(), Evidence.Role.CONTRADICTS,
                            "open, risk " + f.risk().getLiteral() + ", on " + Labels.of(f.element()));
                } else {
                    below.add(f.id());
                }
            } else {
                decided++;
                t.add(Evidence.Type.THREAT, f.id(), f.title(), Evidence.Role.CONTEXT, f.status().getLiteral() + ", risk " + f.risk().getLiteral()
                        + (f.decidedBy() == null ? "" : " by decision " + f.decidedBy()) + (f.justification() == null || f.justification().isBlank() ? "" : ": " + f.justification()));
                if (f.decidedBy() != null) {
                    t.add(Evidence.Type.DECISION, f.decidedBy(), "review decision on " + f.id(), Evidence.Role.CONTEXT, f.status().getLiteral());
                }
            }
        }
        if (!mitigated.isEmpty()) {
            t.add(Evidence.Type.THREAT, "mitigated", mitigated.size() + " threat(s) mitigated", Evidence.Role.SUPPORTS, String.join(", ", mitigated));
        }
        if (!zoneLevel.isEmpty()) {
            t.add(Evidence.Type.THREAT, "addressed-by-zone-or-conduit", zoneLevel.size() + " open threat(s) whose mitigation this requirement's "
                    + "countermeasures provide for the zone, conduit or product (they stay open on their element)", Evidence.Role.CONTEXT, String.join(", ", zoneLevel));
        }
        if (!below.isEmpty()) {
            t.add(Evidence.Type.THREAT, "open-below-threshold", below.size() + " open threat(s) below risk " + threshold.getLiteral(),
                    Evidence.Role.CONTEXT, String.join(", ", below));
        }
        if (!against.isEmpty()) {
            t.violations.add(against.size() + " open threat(s) at or above risk " + threshold.getLiteral() + " (" + Tally.few(against, 3) + ")");
        }
        if (mode == ThreatLink.ALL && (mitigated.size() + decided) > 0) {
            t.positives.add("threat analysis: " + scope.threats().size() + " threat(s), " + mitigated.size() + " mitigated, " + decided + " decided by review");
            t.uncapped = true;
        }
    }
}
