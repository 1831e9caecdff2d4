package org.threatloom.compliance.profile;

/** What a profile's requirements are assessed on. */
public enum ProfileScope {
    /** Each zone (and, for requirements marked {@code conduit}, each conduit): IEC 62443-3-3. */
    ZONE("zone"),
    /** Each IACS component (software application, embedded, host or network device): IEC 62443-4-2. */
    COMPONENT("component"),
    /** The product as a whole: EU CRA, NIST IR 8425. */
    PRODUCT("product");

    private final String key;

    ProfileScope(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static ProfileScope of(String key) {
        for (ProfileScope s : values()) if (s.key.equals(key)) return s;
        return null;
    }
}
