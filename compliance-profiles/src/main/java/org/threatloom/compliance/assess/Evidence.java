package org.threatloom.compliance.assess;

/**
 * One piece of evidence behind a verdict, already classified, so a document writer only renders it.
 *
 * @param type   what is cited
 * @param id     the cited thing's id: model element id, threat id ({@code rule@element}), decision id, proof record id,
 *               attestation id, check number ({@code check-1}), requirement id
 * @param label  human-readable name
 * @param role   how it bears on the verdict
 * @param detail what it shows, e.g. "IMPLEMENTED, SL 3, protects z-edge" or the elements violating a check
 */
public record Evidence(Type type, String id, String label, Role role, String detail) {

    public enum Type {
        ELEMENT("element"), COUNTERMEASURE("countermeasure"), CHECK("check"), THREAT("threat"), DECISION("decision"),
        PROOF("proof"), ATTESTATION("attestation"), REQUIREMENT("requirement");

        private final String key;

        Type(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public enum Role {
        /** Shows the requirement is (partly) implemented. */
        SUPPORTS("supports"),
        /** Shows a shortfall. */
        CONTRADICTS("contradicts"),
        /** A planned or proposed countermeasure that would implement it. */
        PLANNED("planned"),
        /** Relevant but not decisive (a decided threat, a check with nothing to look at, a proof that timed out). */
        CONTEXT("context"),
        /** Expected evidence that is absent (a theorem not run, an attestation not recorded). */
        MISSING("missing");

        private final String key;

        Role(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
