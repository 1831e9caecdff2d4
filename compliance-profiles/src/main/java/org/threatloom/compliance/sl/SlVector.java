package org.threatloom.compliance.sl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.threatloom.model.SecurityLevelVector;

/** A security-level vector: one level 0..4 per FR1..FR7. */
public record SlVector(List<Integer> levels) {

    public SlVector {
        if (levels.size() != 7) throw new IllegalArgumentException("a security-level vector has 7 levels, not " + levels.size());
        levels = List.copyOf(levels);
    }

    /** The model's vector, or null when it is not set. */
    public static SlVector of(SecurityLevelVector v) {
        if (v == null) return null;
        return new SlVector(List.of(v.getIac(), v.getUc(), v.getSi(), v.getDc(), v.getRdf(), v.getTre(), v.getRa()));
    }

    /** The same level for every FR (e.g. {@code --sl 2}). */
    public static SlVector uniform(int level) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < 7; i++) l.add(level);
        return new SlVector(l);
    }

    public int get(Fr fr) {
        return levels.get(fr.ordinal());
    }

    /** FR1..FR7 -> level, in FR order. */
    public Map<String, Integer> asMap() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Fr f : Fr.values()) m.put(f.name(), get(f));
        return m;
    }

    /** "2 2 3 2 3 2 3" (FR1..FR7), the way IEC 62443 tables write a vector. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int l : levels) sb.append(sb.length() == 0 ? "" : " ").append(l);
        return sb.toString();
    }
}
