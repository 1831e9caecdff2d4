package org.threatloom.catalog.data;

/** The upstream catalogs ThreatLoom ships, in the order they are reported. */
public enum Catalog {
    CAPEC("CAPEC", "capec"),
    ATTACK_ICS("ATT&CK for ICS", "attack-ics"),
    EMB3D("EMB3D", "emb3d"),
    CWE("CWE", "cwe");

    private final String displayName;
    private final String folder;

    Catalog(String displayName, String folder) {
        this.displayName = displayName;
        this.folder = folder;
    }

    /** Human-readable name, e.g. {@code ATT&CK for ICS}. */
    public String displayName() {
        return displayName;
    }

    /** Folder name, both upstream (under {@code shared/catalogs}) and in the shipped data. */
    public String folder() {
        return folder;
    }
}
