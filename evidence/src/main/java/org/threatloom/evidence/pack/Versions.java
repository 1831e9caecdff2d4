package org.threatloom.evidence.pack;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What produced a pack: the tool, the threat catalogs and rules, and each compliance profile with the SHA-256 of
 * its file. Written to the manifest and to every document's provenance section.
 */
public record Versions(String tool, Map<String, String> catalogs, int rules, String riskMatrix, List<ProfileVersion> profiles) {

    public record ProfileVersion(String id, String title, String version, String sha256) {}

    public Versions {
        catalogs = java.util.Collections.unmodifiableMap(new TreeMap<>(catalogs));
        profiles = List.copyOf(profiles);
    }
}
