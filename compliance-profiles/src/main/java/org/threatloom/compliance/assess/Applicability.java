package org.threatloom.compliance.assess;

/** Whether a requirement applies to the assessed scope (the CRA Art. 13(3)-(4) "whether and how" question). */
public enum Applicability {
    /** It applies; the verdict says whether and how it is met. */
    APPLIES("applies"),
    /** It does not apply: declared by an attestation, or nothing in scope it could apply to (see the justification). */
    DOES_NOT_APPLY("does-not-apply"),
    /** IEC 62443: not selected at the target security level. */
    NOT_SELECTED("not-selected");

    private final String key;

    Applicability(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
