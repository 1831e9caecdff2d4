package org.threatloom.compliance.assess;

import java.util.List;

import org.threatloom.compliance.profile.Profile;
import org.threatloom.compliance.profile.Requirement;

/**
 * The CRA Art. 13(3)-(4) rule: the cybersecurity risk assessment says for every Annex I Part I point whether it
 * applies and how it is implemented, or why it does not apply. A point gets a finding when it applies but the model
 * shows no means of fulfilment, or when it does not apply only because nothing in the model matches and no
 * {@code not-applicable:<id>} attestation states the justification.
 */
final class ArticleThirteen {
    static final String PART_I = "Annex I Part I";

    private ArticleThirteen() {}

    static void check(Profile profile, TargetResult product, List<Finding> findings) {
        for (RequirementResult res : product.requirements()) {
            Requirement r = profile.find(res.requirementId());
            if (r == null || !PART_I.equals(r.group())) continue;
            String point = r.citation() == null ? r.id() : r.citation();
            if (res.applicability() == Applicability.DOES_NOT_APPLY && !declared(res)) {
                findings.add(new Finding("cra-art13-justification-missing", r.id(), res.targetId(), point
                        + ": the model suggests it does not apply, but the risk assessment gives no justification; record an Attestation with topic '"
                        + Attestations.NOT_APPLICABLE + r.id() + "' whose statement says why", List.of()));
            } else if (res.applicability() == Applicability.APPLIES && res.status() == Verdict.NOT_SATISFIED && !hasMeans(res)) {
                findings.add(new Finding("cra-art13-no-means", r.id(), res.targetId(), point
                        + ": applies, but the model shows no means of fulfilment and no justified 'does not apply'", List.of()));
            }
        }
    }

    static boolean applies(Profile profile) {
        return profile.requirements().stream().anyMatch(r -> PART_I.equals(r.group()));
    }

    private static boolean declared(RequirementResult res) {
        return res.evidence().stream().anyMatch(e -> e.type() == Evidence.Type.ATTESTATION && e.role() == Evidence.Role.SUPPORTS);
    }

    private static boolean hasMeans(RequirementResult res) {
        return res.evidence().stream().anyMatch(e -> e.role() == Evidence.Role.SUPPORTS);
    }
}
