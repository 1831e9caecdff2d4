package org.threatloom.compliance.assess;

import org.threatloom.compliance.proof.ProofEvidence;

/**
 * Options of an assessment.
 *
 * @param sl     IEC 62443: assess every zone/conduit/component against this uniform SL-T (1..4) instead of the model's;
 *               null to use the model's SL-T
 * @param proofs proof records for theorem-backed requirements
 */
public record AssessOptions(Integer sl, ProofEvidence proofs) {

    public AssessOptions {
        if (sl != null && (sl < 1 || sl > 4)) throw new IllegalArgumentException("security level must be 1..4, not " + sl);
        if (proofs == null) proofs = ProofEvidence.none();
    }

    public static AssessOptions defaults() {
        return new AssessOptions(null, ProofEvidence.none());
    }
}
