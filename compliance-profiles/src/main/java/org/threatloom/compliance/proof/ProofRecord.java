package org.threatloom.compliance.proof;

import java.util.List;

/**
 * One theorem's result for the assessed model.
 *
 * @param recordId   the proof record's id, cited as evidence (e.g. {@code coverage@smart-factory} or the checker's)
 * @param elementIds for a counterexample, the model elements on it (the attack path, the unmitigated threat's
 *                   element...); empty when unknown, which makes the counterexample count for every scope
 * @param detail     solver, bounds and time, or what the counterexample shows
 */
public record ProofRecord(String theorem, ProofVerdict verdict, String recordId, List<String> elementIds, String detail) {

    public ProofRecord {
        elementIds = elementIds == null ? List.of() : List.copyOf(elementIds);
    }
}
