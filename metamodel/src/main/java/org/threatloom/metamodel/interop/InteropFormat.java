package org.threatloom.metamodel.interop;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The other tools' formats ThreatLoom reads (all four) and writes (Threat Dragon and OTM). */
public enum InteropFormat {
    THREAT_DRAGON("threat-dragon", true),
    THREAGILE("threagile", false),
    OTM("otm", true),
    TM7("tm7", false);

    private final String cliName;
    private final boolean exportable;

    InteropFormat(String cliName, boolean exportable) {
        this.cliName = cliName;
        this.exportable = exportable;
    }

    public String cliName() { return cliName; }

    public boolean exportable() { return exportable; }

    /** The format named on the command line ({@code threat-dragon}, {@code threagile}, {@code otm}, {@code tm7}), or null. */
    public static InteropFormat byName(String name) {
        if (name == null) return null;
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (InteropFormat f : values()) if (f.cliName.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n)) return f;
        if (n.equals("td") || n.equals("threatdragon")) return THREAT_DRAGON;
        if (n.equals("mtmt") || n.equals("tmt")) return TM7;
        return null;
    }

    public static String names() {
        return Arrays.stream(values()).map(InteropFormat::cliName).collect(Collectors.joining(", "));
    }
}
