package org.threatloom.compliance.profile;

import java.util.List;

import org.threatloom.model.CountermeasureKind;

/**
 * What satisfies a requirement in a model, as data beside the requirement, with the source of the mapping.
 *
 * @param kinds        countermeasure kinds that implement the requirement (implemented or verified, protecting the
 *                     scope, covering the requirement's FR when it has one)
 * @param checks       model-property conditions (see {@link ModelCheck})
 * @param appliesWhen  when non-empty, the requirement applies only to a scope holding a matching element
 * @param theorems     formal-checker theorems whose proof records are evidence
 * @param topics       attestation topics accepted as evidence (for {@link AssessedBy#ATTESTATION} the only evidence)
 * @param attestationRequired whether an attestation is needed in addition to the model evidence
 * @param via          further requirement ids whose catalog links this requirement shares (e.g. a CRA point's
 *                     indicative 62443-4-2 crosswalk), so that threats citing those catalog entries are linked too
 * @param sources      where the mapping comes from: keys of the profile's {@code mappingSources}, optionally
 *                     followed by {@code :entry} (e.g. {@code attack-ics:M0804}, checked against the catalog)
 */
public record Mapping(AssessedBy assessedBy, List<CountermeasureKind> kinds, List<ModelCheck> checks, List<ModelCheck> appliesWhen,
                      List<String> theorems, List<String> topics, boolean attestationRequired, ThreatLink threats, List<String> via,
                      List<String> sources, String note) {

    public Mapping {
        kinds = List.copyOf(kinds);
        checks = List.copyOf(checks);
        appliesWhen = List.copyOf(appliesWhen);
        theorems = List.copyOf(theorems);
        topics = List.copyOf(topics);
        via = List.copyOf(via);
        sources = List.copyOf(sources);
    }
}
