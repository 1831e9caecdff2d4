package org.threatloom.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.threatloom.catalog.data.Ids;

/** A many-to-many id relation, keyed case-insensitively, values in natural id order. */
final class Links {
    private final Map<String, TreeSet<String>> map = new HashMap<>();

    void add(String from, String to) {
        map.computeIfAbsent(Ids.key(from), k -> new TreeSet<>(Ids.NATURAL)).add(to);
    }

    void addAll(String from, Collection<String> to) {
        to.forEach(t -> add(from, t));
    }

    /** Adds {@code to -> from} for every target. */
    void addInverse(String from, Collection<String> to) {
        to.forEach(t -> add(t, from));
    }

    List<String> get(String from) {
        TreeSet<String> s = map.get(Ids.key(from));
        return s == null ? List.of() : List.copyOf(s);
    }
}
