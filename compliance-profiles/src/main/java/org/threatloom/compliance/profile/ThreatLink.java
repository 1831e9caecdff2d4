package org.threatloom.compliance.profile;

/** Which derived threats count as evidence for a requirement. */
public enum ThreatLink {
    /**
     * Threats on the assessed scope whose rule is mitigated by one of the mapping's countermeasure kinds, or which
     * cite a catalog entry the catalog links to the requirement (an ATT&CK for ICS or EMB3D mitigation labelled with
     * its IEC 62443 id, or an EMB3D threat such a mitigation mitigates).
     */
    LINKED("linked"),
    /** Every threat on the scope (overarching requirements such as CRA Annex I Part I (1)). */
    ALL("all"),
    /** No threats. */
    NONE("none");

    private final String key;

    ThreatLink(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static ThreatLink of(String key) {
        for (ThreatLink t : values()) if (t.key.equals(key)) return t;
        return null;
    }
}
