package org.threatloom.evidence.pack;

import java.util.List;

/**
 * The formal checker's verdicts as the evidence documents render them: one line per sufficiency theorem, in the
 * checker's order, with {@code not-run} for a theorem without a record, and its counterexamples mapped to model
 * elements. Built by {@link Proofs} from whatever the checker handed over; the writers never look at the checker.
 * Nothing here depends on timing, so the same verdicts render the same bytes.
 *
 * @param origin where the records come from (the checker run, a file name, or "not run")
 */
public record ProofResults(String origin, List<ProofResult> results) {
    public static final String NOT_RUN = "not-run";

    /** A counterexample: one sentence, the elements on it in order, the threats involved, one line per violation. */
    public record Counterexample(String summary, List<String> path, List<String> threats, List<String> details) {
        public Counterexample {
            path = List.copyOf(path);
            threats = List.copyOf(threats);
            details = List.copyOf(details);
        }
    }

    /**
     * @param verdict  proved, counterexample, timeout or not-run (the checker's words, never re-decided here)
     * @param recordId the record cited as evidence by the assessment, or null
     * @param detail   what was checked (slices, note), without timings
     */
    public record ProofResult(String theorem, String meaning, String verdict, String recordId, String detail, List<Counterexample> counterexamples) {
        public ProofResult {
            counterexamples = List.copyOf(counterexamples);
        }
    }

    public ProofResults {
        results = List.copyOf(results);
    }

    /** Number of results with the verdict. */
    public long count(String verdict) {
        return results.stream().filter(r -> r.verdict().equals(verdict)).count();
    }
}
