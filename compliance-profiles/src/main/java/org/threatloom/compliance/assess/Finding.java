package org.threatloom.compliance.assess;

import java.util.List;

/**
 * A problem with the evidence itself rather than one requirement's verdict: a CRA Art. 13 point with neither
 * "applies, and how" nor a justified "does not apply", an attestation without statement, a zone without SL-T, a
 * component claiming more SL-C than its evidence supports.
 *
 * @param code stable code, e.g. {@code cra-art13-justification-missing}
 */
public record Finding(String code, String requirementId, String targetId, String message, List<Evidence> evidence) {

    public Finding {
        evidence = List.copyOf(evidence);
    }
}
