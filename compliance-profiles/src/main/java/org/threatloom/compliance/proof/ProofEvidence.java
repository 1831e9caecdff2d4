package org.threatloom.compliance.proof;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the assessment gets proof records for theorem-backed requirements. The formal checker (issue 4) has no public
 * API yet; this small interface is what the assessment needs from it: theorem name -> verdict and record id. Until
 * the checker is wired in, use {@link #none()} (theorems are reported as "not run") or {@link CheckReport} to read
 * the JSON that {@code threatloom check --format json} writes.
 */
public interface ProofEvidence {

    /** The result of a theorem for the model, or empty when it was not run. */
    Optional<ProofRecord> result(String theorem);

    /** Where the records come from, for the report (e.g. a file name, or "not run"). */
    String origin();

    /** No proofs: every theorem-backed requirement says its theorems were not run. */
    static ProofEvidence none() {
        return of("no proof records (the formal checker was not run)", List.of());
    }

    static ProofEvidence of(String origin, List<ProofRecord> records) {
        Map<String, ProofRecord> byName = new LinkedHashMap<>();
        for (ProofRecord r : records) byName.put(r.theorem(), r);
        return new ProofEvidence() {
            @Override
            public Optional<ProofRecord> result(String theorem) {
                return Optional.ofNullable(byName.get(theorem));
            }

            @Override
            public String origin() {
                return origin;
            }
        };
    }
}
