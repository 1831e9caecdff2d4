package org.threatloom.compliance.sl;

import org.threatloom.model.FoundationalRequirement;

/** IEC 62443 foundational requirements FR1..FR7, in the order of a security-level vector. */
public enum Fr {
    FR1("IAC", "Identification and authentication control"),
    FR2("UC", "Use control"),
    FR3("SI", "System integrity"),
    FR4("DC", "Data confidentiality"),
    FR5("RDF", "Restricted data flow"),
    FR6("TRE", "Timely response to events"),
    FR7("RA", "Resource availability");

    private final String abbr;
    private final String title;

    Fr(String abbr, String title) {
        this.abbr = abbr;
        this.title = title;
    }

    public String abbr() {
        return abbr;
    }

    public String title() {
        return title;
    }

    /** "FR1".."FR7", or null for anything else (including null). */
    public static Fr of(String id) {
        if (id == null) return null;
        for (Fr f : values()) if (f.name().equals(id)) return f;
        return null;
    }

    /** The metamodel's literal (IAC..RA) for this FR. */
    public FoundationalRequirement literal() {
        return FoundationalRequirement.values()[ordinal()];
    }
}
