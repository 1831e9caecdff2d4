package org.threatloom.catalog.imports;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.threatloom.catalog.data.Ids;

/** Deterministic ordering of everything the importer writes. */
final class Sorting {
    private Sorting() {
    }

    /** Distinct ids in natural order. */
    static List<String> ids(Collection<String> ids) {
        TreeSet<String> set = new TreeSet<>(Ids.NATURAL);
        set.addAll(ids);
        return List.copyOf(set);
    }

    /** Records sorted by id in natural order. */
    static <T> List<T> byId(Collection<T> records, Function<T, String> id) {
        return records.stream().sorted((a, b) -> Ids.NATURAL.compare(id.apply(a), id.apply(b))).toList();
    }
}
