package org.threatloom.catalog.data;

import java.util.List;
import java.util.Map;

/**
 * Provenance of one shipped catalog, as recorded by the importer in {@code catalogs.json}.
 * {@code upstreamFiles} maps a path relative to the upstream catalogs folder to its SHA-256; a key ending in
 * {@code /**} is a folder, whose digest is the SHA-256 of its {@code sha256sum} listing (see the README).
 */
public record CatalogInfo(
        Catalog catalog,
        String title,
        String version,
        String releaseDate,
        String sourceRepository,
        String sourcePath,
        String commit,
        String licence,
        List<String> copyright,
        List<String> obligations,
        Map<String, String> upstreamFiles,
        Map<String, Integer> counts,
        List<String> corrections,
        List<String> notes) {

    public CatalogInfo {
        copyright = Lists.copy(copyright);
        obligations = Lists.copy(obligations);
        upstreamFiles = Lists.copy(upstreamFiles);
        counts = Lists.copy(counts);
        corrections = Lists.copy(corrections);
        notes = Lists.copy(notes);
    }
}
