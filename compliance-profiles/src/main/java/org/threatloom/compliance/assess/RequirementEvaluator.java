package org.threatloom.compliance.assess;

import java.util.ArrayList;
import java.util.List;

import org.threatloom.compliance.profile.AssessedBy;
import org.threatloom.compliance.profile.ModelCheck;
import org.threatloom.compliance.profile.Requirement;
import org.threatloom.compliance.proof.ProofEvidence;
import org.threatloom.compliance.sl.Fr;
import org.threatloom.metamodel.query.Labels;
import org.threatloom.metamodel.query.ModelIndex;
import org.threatloom.model.Attestation;
import org.threatloom.model.Level;
import org.threatloom.model.ModelElement;

/**
 * Decides one requirement on one target.
 * <ol>
 *   <li>A complete {@code not-applicable:<id>} attestation: does not apply (its statement is the justification).</li>
 *   <li>{@code appliesWhen} matching nothing in scope: does not apply (the model says why).</li>
 *   <li>Otherwise the evidence: implemented countermeasures of the mapped kinds, model-property checks, proof records,
 *       attestations with the mapped topics, and the linked threats. Positive evidence without shortfall is
 *       <em>satisfied</em>; with a shortfall (a violated check, an open linked threat at or above the model's risk
 *       threshold, a counterexample through the scope, a missing required attestation) <em>partially</em>; a
 *       shortfall or nothing at all, <em>not satisfied</em>. A requirement whose only evidence is countermeasures
 *       weaker than the target SL is <em>partially</em> satisfied.</li>
 *   <li>IEC 62443: a requirement not selected at the target SL for its FR is <em>not applicable</em> (not selected),
 *       but its evidence is still evaluated, because SL-A is computed from it.</li>
 * </ol>
 * Requirements assessed by attestation take only attestations as positive evidence: a non-technical requirement is
 * never guessed from the model.
 */
final class RequirementEvaluator {
    private final ModelIndex index;
    private final Attestations attestations;
    private final ProofEvidence proofs;
    private final ThreatLinks links;
    private final Level threshold;
    private final List<Finding> findings;

    RequirementEvaluator(ModelIndex index, Attestations attestations, ProofEvidence proofs, ThreatLinks links, Level threshold,
                         List<Finding> findings) {
        this.index = index;
        this.attestations = attestations;
        this.proofs = proofs;
        this.links = links;
        this.threshold = threshold;
        this.findings = findings;
    }

    RequirementResult evaluate(Requirement r, Target target, TargetScope scope) {
        Tally t = new Tally();
        String where = Labels.name(target.element());
        Verdict implementation;
        Applicability applicability = Applicability.APPLIES;
        Attestation declared = declaredNotApplicable(r, target, t);
        if (declared != null && !r.mapping().appliesWhen().isEmpty() && applies(r, scope)) {
            implementation = Verdict.NOT_SATISFIED;
            String shows = String.join(", ", matching(r, scope));
            t.violations.add("declared not applicable by " + declared.getId() + " ('" + declared.getStatement().trim() + "'), but the model shows it applies: "
                    + shows);
            findings.add(new Finding("not-applicable-contradicted", r.id(), target.id(), "Attestation " + declared.getId() + " declares " + r.id()
                    + " not applicable, but the model has " + shows, List.of(t.evidence.get(t.evidence.size() - 1))));
        } else if (declared != null) {
            implementation = Verdict.NOT_APPLICABLE;
            applicability = Applicability.DOES_NOT_APPLY;
            t.positives.add("does not apply: " + declared.getStatement().trim() + " (" + declared.getId() + ", " + declared.getAttestedBy() + ")");
        } else if (!applies(r, scope)) {
            implementation = Verdict.NOT_APPLICABLE;
            applicability = Applicability.DOES_NOT_APPLY;
            t.positives.add("does not apply to " + where + ": the model has no " + String.join(", no ",
                    r.mapping().appliesWhen().stream().map(ModelCheck::says).toList()));
        } else if (r.mapping().assessedBy() == AssessedBy.ATTESTATION) {
            implementation = byAttestation(r, scope, t);
        } else {
            implementation = byModel(r, target, scope, where, t);
        }
        boolean selected = true;
        Verdict status = implementation;
        Fr fr = Fr.of(r.fr());
        String justification = t.justification();
        if (!r.sl().isEmpty() && target.slTarget() != null && fr != null) {
            int slt = target.slTarget().get(fr);
            selected = r.selectedAt(slt);
            if (!selected) {
                status = Verdict.NOT_APPLICABLE;
                applicability = Applicability.NOT_SELECTED;
                justification = "not selected at SL-T " + slt + " for " + fr.name() + " (selected from SL " + r.minSl() + "); evidence: "
                        + implementation.key() + (justification.isEmpty() ? "" : ": " + justification);
            }
        }
        return new RequirementResult(r.id(), r.title(), r.type(), r.fr(), r.parent(), target.id(), selected, status, implementation,
                applicability, implementation == Verdict.SATISFIED || implementation == Verdict.PARTIALLY ? t.strength() : null,
                r.contested(), capitalise(justification), t.evidence, new ArrayList<>(t.remedies));
    }

    private Attestation declaredNotApplicable(Requirement r, Target target, Tally t) {
        Attestation ok = null;
        for (Attestation a : attestations.notApplicable(r.id(), target.id())) {
            if (Attestations.complete(a) && ok == null) {
                ok = a;
                t.add(Evidence.Type.ATTESTATION, a.getId(), Labels.name(a), Evidence.Role.SUPPORTS, Attestations.describe(a));
            } else if (!Attestations.complete(a)) {
                t.add(Evidence.Type.ATTESTATION, a.getId(), Labels.name(a), Evidence.Role.CONTEXT, "ignored, no justification: " + Attestations.describe(a));
                findings.add(new Finding("not-applicable-without-justification", r.id(), target.id(), "Attestation " + a.getId()
                        + " declares " + r.id() + " not applicable without a statement and attestedBy; it is ignored", t.evidence.subList(t.evidence.size() - 1, t.evidence.size())));
            }
        }
        return ok;
    }

    /** Whether the requirement applies to the scope: no appliesWhen, or one of them matches an element in scope. */
    boolean applies(Requirement r, TargetScope scope) {
        if (r.mapping().appliesWhen().isEmpty()) return true;
        for (ModelCheck c : r.mapping().appliesWhen()) if (!ModelEvidence.relevant(c, scope, index).isEmpty()) return true;
        return false;
    }

    /** What in scope makes the requirement apply: "<says> (ids)" per matching appliesWhen. */
    private List<String> matching(Requirement r, TargetScope scope) {
        List<String> out = new ArrayList<>();
        for (ModelCheck c : r.mapping().appliesWhen()) {
            List<ModelElement> m = ModelEvidence.relevant(c, scope, index);
            if (!m.isEmpty()) out.add(c.says() + " (" + Tally.few(ids(m), 4) + ")");
        }
        return out;
    }

    private Verdict byAttestation(Requirement r, TargetScope scope, Tally t) {
        List<Attestation> incomplete = new ArrayList<>();
        boolean found = OtherEvidence.attestations(r, attestations, t, incomplete);
        incomplete.forEach(a -> incompleteFinding(r, a));
        if (!found) {
            t.add(Evidence.Type.ATTESTATION, "topic", "attestation " + OtherEvidence.topics(r), Evidence.Role.MISSING, "no attestation in the model");
            t.violations.add("no attestation with topic " + OtherEvidence.topics(r) + " in the model (a non-technical requirement is not guessed)");
        }
        ModelEvidence.checks(r, r.mapping().checks(), scope, index, t);
        return t.verdict();
    }

    private Verdict byModel(Requirement r, Target target, TargetScope scope, String where, Tally t) {
        ModelEvidence.countermeasures(r, scope, where, t);
        ModelEvidence.checks(r, r.mapping().checks(), scope, index, t);
        OtherEvidence.theorems(r, scope, proofs, t);
        List<Attestation> incomplete = new ArrayList<>();
        boolean attested = !r.mapping().topics().isEmpty() && OtherEvidence.attestations(r, attestations, t, incomplete);
        incomplete.forEach(a -> incompleteFinding(r, a));
        if (r.mapping().attestationRequired() && !attested) {
            t.add(Evidence.Type.ATTESTATION, "topic", "attestation " + OtherEvidence.topics(r), Evidence.Role.MISSING, "required, not in the model");
            t.violations.add("required attestation (topic " + OtherEvidence.topics(r) + ") is missing");
        }
        OtherEvidence.threats(r, scope, links, threshold, t);
        Verdict v = t.verdict();
        Fr fr = Fr.of(r.fr());
        if (v == Verdict.SATISFIED && fr != null && target.slTarget() != null && t.strength() != null && t.strength() < target.slTarget().get(fr)) {
            t.violations.add("the countermeasures' SL capability " + t.strength() + " is below SL-T " + target.slTarget().get(fr) + " for " + fr.name());
            v = Verdict.PARTIALLY;
        }
        if (v == Verdict.NOT_SATISFIED && t.violations.isEmpty() && t.absent.isEmpty()) {
            t.absent.add("no evidence in the model (" + describeMapping(r) + ")");
        }
        return v;
    }

    private void incompleteFinding(Requirement r, Attestation a) {
        findings.add(new Finding("attestation-incomplete", r.id(), null, "Attestation " + a.getId() + " (topic '" + a.getTopic()
                + "') has no statement or no attestedBy, so it is not evidence", List.of()));
    }

    private static String describeMapping(Requirement r) {
        List<String> parts = new ArrayList<>();
        if (!r.mapping().kinds().isEmpty()) parts.add("kinds " + ModelEvidence.kinds(r));
        if (!r.mapping().checks().isEmpty()) parts.add(r.mapping().checks().size() + " check(s) with nothing to look at");
        if (!r.mapping().theorems().isEmpty()) parts.add("theorems " + String.join(", ", r.mapping().theorems()));
        if (!r.mapping().topics().isEmpty()) parts.add("attestation " + OtherEvidence.topics(r));
        return String.join("; ", parts);
    }

    static String capitalise(String s) {
        if (s == null || s.isEmpty()) return s;
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static List<String> ids(List<? extends ModelElement> elements) {
        return elements.stream().map(ModelElement::getId).toList();
    }
}
