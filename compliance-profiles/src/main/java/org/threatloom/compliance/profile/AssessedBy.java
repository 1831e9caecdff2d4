package org.threatloom.compliance.profile;

/** How a requirement is assessed. */
public enum AssessedBy {
    /** Countermeasure kinds, model-property checks, theorems and the linked threats of the mapping. */
    MODEL("model"),
    /** Only an Attestation with one of the mapping's topics: a non-technical requirement is never guessed. */
    ATTESTATION("attestation"),
    /** The combined verdicts of the requirements whose {@code parent} it is (e.g. an IR 8425 capability). */
    SUB_REQUIREMENTS("sub-requirements"),
    /** A 62443-4-2 row whose requirement is stated per component type (its {@code dispatchTo} rows are assessed). */
    PER_COMPONENT_TYPE("per-component-type"),
    /** A traceability row with no requirement of its own (62443-4-2 placeholder for a system-level-only SR). */
    NONE("none");

    private final String key;

    AssessedBy(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static AssessedBy of(String key) {
        for (AssessedBy a : values()) if (a.key.equals(key)) return a;
        return null;
    }
}
