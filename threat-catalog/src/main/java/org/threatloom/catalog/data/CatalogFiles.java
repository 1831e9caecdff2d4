package org.threatloom.catalog.data;

/** Names of the shipped data files, relative to {@link #RESOURCE_ROOT} on the classpath. */
public final class CatalogFiles {
    /** Classpath folder of the shipped catalog data. */
    public static final String RESOURCE_ROOT = "org/threatloom/catalog/data";
    public static final String MANIFEST = "catalogs.json";
    public static final String NOTICE = "NOTICE.txt";
    /** Per-catalog folder: licence text as shipped upstream (or quoted from the upstream terms of use). */
    public static final String LICENSE = "LICENSE.txt";
    /** Per-catalog folder: generated provenance, copyright designation, checksums, what was extracted. */
    public static final String SOURCE = "SOURCE.md";

    public static final String CAPEC_ATTACK_PATTERNS = "capec/attack-patterns.json";
    public static final String CAPEC_MITIGATIONS = "capec/mitigations.json";
    public static final String ICS_TECHNIQUES = "attack-ics/techniques.json";
    public static final String ICS_TACTICS = "attack-ics/tactics.json";
    public static final String ICS_MITIGATIONS = "attack-ics/mitigations.json";
    public static final String ICS_ASSETS = "attack-ics/assets.json";
    public static final String EMB3D_THREATS = "emb3d/threats.json";
    public static final String EMB3D_MITIGATIONS = "emb3d/mitigations.json";
    public static final String EMB3D_PROPERTIES = "emb3d/properties.json";
    public static final String CWE_WEAKNESSES = "cwe/weaknesses.json";
    public static final String CWE_CATEGORIES = "cwe/categories.json";

    private CatalogFiles() {
    }
}
