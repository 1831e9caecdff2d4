package org.threatloom.catalog.derive;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.threatloom.model.ModelElement;
import org.threatloom.model.Property;
import org.threatloom.model.Stride;
import org.threatloom.model.SystemModel;
import org.threatloom.model.Threat;
import org.threatloom.model.ThreatOrigin;

/**
 * Which of ThreatLoom's derived threats correspond to each threat imported from another tool:
 * <ul>
 * <li>{@link Match#ELEMENT_AND_STRIDE}: a derived threat on the same element in the same STRIDE category;</li>
 * <li>{@link Match#ELEMENT_AND_REFERENCE}: on the same element, sharing a CAPEC or CWE id (the categories differ);</li>
 * <li>{@link Match#REFERENCE}: the imported threat names no element (it sits on the system) and a derived threat
 * anywhere shares a CAPEC or CWE id with it.</li>
 * </ul>
 * An imported threat whose category had no STRIDE meaning (property {@code stride.unknown}) matches by reference only.
 */
public final class Correspondence {
    public enum Match { ELEMENT_AND_STRIDE, ELEMENT_AND_REFERENCE, REFERENCE }

    public record Link(ThreatFinding derived, Match match) {}

    /** One imported threat and the derived threats that correspond to it (empty: ThreatLoom does not find it). */
    public record Row(Threat imported, List<Link> links) {
        public boolean found() {
            return !links.isEmpty();
        }

        public boolean foundByElementAndStride() {
            return links.stream().anyMatch(l -> l.match() == Match.ELEMENT_AND_STRIDE);
        }
    }

    /** Per STRIDE category: imported threats, and how many of them derivation also finds by element and category. */
    public record Tally(int imported, int foundByElementAndStride, int found) {}

    private Correspondence() {}

    public static List<Row> of(SystemModel model, Analysis analysis) {
        List<Row> rows = new ArrayList<>();
        List<ThreatFinding> derived = analysis.threats().stream().filter(t -> t.origin() == ThreatOrigin.DERIVED && t.rule() != null).toList();
        for (Threat t : model.getThreats()) {
            if (t.getOrigin() != ThreatOrigin.IMPORTED) continue;
            boolean onSystem = t.getTarget() == null || t.getTarget() == model;
            boolean strideKnown = !"true".equals(property(t, "stride.unknown"));
            Set<String> refs = references(t.getReferences());
            List<Link> links = new ArrayList<>();
            for (ThreatFinding f : derived) {
                boolean shared = !refs.isEmpty() && references(f.references()).stream().anyMatch(refs::contains);
                if (!onSystem && f.element() == t.getTarget()) {
                    if (strideKnown && f.stride() == t.getStride()) links.add(new Link(f, Match.ELEMENT_AND_STRIDE));
                    else if (shared) links.add(new Link(f, Match.ELEMENT_AND_REFERENCE));
                } else if (onSystem && shared) {
                    links.add(new Link(f, Match.REFERENCE));
                }
            }
            rows.add(new Row(t, List.copyOf(links)));
        }
        return rows;
    }

    /** Imported and found counts per STRIDE category (categories with no imported threat are left out). */
    public static Map<Stride, Tally> tally(List<Row> rows) {
        Map<Stride, Tally> out = new EnumMap<>(Stride.class);
        for (Row r : rows) {
            if ("true".equals(property(r.imported(), "stride.unknown"))) continue;
            Tally t = out.getOrDefault(r.imported().getStride(), new Tally(0, 0, 0));
            out.put(r.imported().getStride(), new Tally(t.imported() + 1, t.foundByElementAndStride() + (r.foundByElementAndStride() ? 1 : 0),
                    t.found() + (r.found() ? 1 : 0)));
        }
        return out;
    }

    /** CAPEC-n and CWE-n ids, upper-cased; other references (ATT&CK, EMB3D) do not count. */
    static Set<String> references(List<String> refs) {
        Set<String> out = new TreeSet<>();
        for (String r : refs) {
            String u = r.trim().toUpperCase(Locale.ROOT);
            if (u.startsWith("CAPEC-") || u.startsWith("CWE-")) out.add(u);
        }
        return out;
    }

    private static String property(ModelElement e, String key) {
        for (Property p : e.getProperties()) if (p.getKey().equals(key)) return p.getValue();
        return null;
    }
}
