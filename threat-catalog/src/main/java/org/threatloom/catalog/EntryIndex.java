package org.threatloom.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.threatloom.catalog.data.CatalogEntry;
import org.threatloom.catalog.data.Ids;

/** Every entry by id (case-insensitive), and a simple ranked substring search over id and name. */
final class EntryIndex {
    private static final Comparator<CatalogEntry> ORDER = Comparator
            .comparing((CatalogEntry e) -> e.catalog().ordinal())
            .thenComparing(e -> e.getClass().getSimpleName())
            .thenComparing(CatalogEntry::id, Ids.NATURAL);

    private final Map<String, CatalogEntry> byKey = new HashMap<>();
    private final List<CatalogEntry> ordered;
    private final List<String> haystacks;

    EntryIndex(List<? extends CatalogEntry> entries) {
        for (CatalogEntry e : entries) {
            CatalogEntry prev = byKey.put(Ids.key(e.id()), e);
            if (prev != null) {
                throw new IllegalStateException("duplicate catalog id " + e.id());
            }
        }
        ordered = entries.stream().map(e -> (CatalogEntry) e).sorted(ORDER).toList();
        haystacks = ordered.stream().map(e -> e.id().toLowerCase(Locale.ROOT) + " "
                + (e.name() == null ? "" : e.name().toLowerCase(Locale.ROOT))).toList();
    }

    Optional<CatalogEntry> find(String id) {
        return Optional.ofNullable(byKey.get(Ids.key(id)));
    }

    int size() {
        return ordered.size();
    }

    /**
     * Entries whose id or name contains {@code text} (case-insensitive). Ranked: exact id, id prefix, name
     * prefix, then any other match; within a rank by catalog, kind and natural id order.
     */
    List<CatalogEntry> search(String text, int limit) {
        String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<List<CatalogEntry>> ranks = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        for (int i = 0; i < ordered.size(); i++) {
            String hay = haystacks.get(i);
            if (!hay.contains(q)) {
                continue;
            }
            CatalogEntry e = ordered.get(i);
            String id = e.id().toLowerCase(Locale.ROOT);
            int rank = id.equals(q) ? 0 : id.startsWith(q) ? 1 : hay.startsWith(q, id.length() + 1) ? 2 : 3;
            ranks.get(rank).add(e);
        }
        return ranks.stream().flatMap(List::stream).limit(limit).toList();
    }
}
