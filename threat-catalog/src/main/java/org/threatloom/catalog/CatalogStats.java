package org.threatloom.catalog;

import java.util.Map;
import org.threatloom.catalog.data.Catalog;

/** Counts of what is loaded for one catalog, e.g. {@code CAPEC 3.9 {attackPatterns=615, ...}}. */
public record CatalogStats(Catalog catalog, String version, Map<String, Integer> counts) {

    public CatalogStats {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }

    @Override
    public String toString() {
        return catalog.displayName() + " " + version + " " + counts;
    }
}
