package org.threatloom.metamodel.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import brought in and what it could not: counts per kind, every source item that has no home in the
 * metamodel with its place in the file (never silently dropped), and notes on decisions made (e.g. a guessed
 * type, a re-import that updated rather than added).
 */
public final class ImportReport {
    /** A source item ThreatLoom did not import, or imported only partly. */
    public record Unmapped(String place, String item, String reason) {}

    private final String file;
    private final InteropFormat format;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<Unmapped> unmapped = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public ImportReport(String file, InteropFormat format) {
        this.file = file;
        this.format = format;
        for (String k : List.of("elements", "flows", "zones", "boundaries", "dataAssets", "threats", "mitigations")) counts.put(k, 0);
    }

    public String file() { return file; }

    public InteropFormat format() { return format; }

    public void count(String kind) {
        counts.merge(kind, 1, Integer::sum);
    }

    public int count(String kind, int fallback) {
        return counts.getOrDefault(kind, fallback);
    }

    public void set(String kind, int value) {
        counts.put(kind, value);
    }

    /** Elements (actors and components), flows, zones, boundaries, dataAssets, threats, mitigations; plus updated/added/removed on re-import. */
    public Map<String, Integer> counts() { return java.util.Collections.unmodifiableMap(counts); }

    public void unmapped(String place, String item, String reason) {
        unmapped.add(new Unmapped(place, item, reason));
    }

    public List<Unmapped> unmapped() { return List.copyOf(unmapped); }

    public void note(String note) {
        notes.add(note);
    }

    public List<String> notes() { return List.copyOf(notes); }

    /** The human-readable report the {@code import} command prints. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%s (%s): %d elements, %d flows, %d zones, %d boundaries, %d data assets, %d threats, %d mitigations imported%n",
                file, format.cliName(), counts.get("elements"), counts.get("flows"), counts.get("zones"), counts.get("boundaries"),
                counts.get("dataAssets"), counts.get("threats"), counts.get("mitigations")));
        if (counts.containsKey("updated")) {
            sb.append(String.format("re-import: %d updated, %d added, %d removed (no longer in the source), %d ThreatLoom-only kept%n",
                    counts.get("updated"), counts.getOrDefault("added", 0), counts.getOrDefault("removed", 0), counts.getOrDefault("kept", 0)));
        }
        sb.append(String.format("unmapped: %d%n", unmapped.size()));
        for (Unmapped u : unmapped) sb.append(String.format("  %s: %s: %s%n", u.place(), u.item(), u.reason()));
        for (String n : notes) sb.append("note: ").append(n).append(System.lineSeparator());
        return sb.toString();
    }
}
