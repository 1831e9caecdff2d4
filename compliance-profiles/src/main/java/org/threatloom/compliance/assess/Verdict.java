package org.threatloom.compliance.assess;

/** A requirement's verdict on one zone, conduit, component or the product. */
public enum Verdict {
    SATISFIED("satisfied"),
    PARTIALLY("partially"),
    NOT_SATISFIED("not-satisfied"),
    NOT_APPLICABLE("not-applicable");

    private final String key;

    Verdict(String key) {
        this.key = key;
    }

    /** The key used in JSON and reports: satisfied, partially, not-satisfied, not-applicable. */
    public String key() {
        return key;
    }
}
