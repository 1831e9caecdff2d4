package org.threatloom.catalog.data;

import java.util.List;

/**
 * A CAPEC attack pattern. Relations hold ids: {@code weaknesses} are CWE ids, {@code attackTechniques}
 * ATT&CK Enterprise ids, {@code parents}/{@code children}/{@code canPrecede}/{@code canFollow}/{@code peers}
 * CAPEC ids. {@code description} is the first paragraph of the upstream text, without markup, shortened.
 */
public record AttackPattern(
        String id,
        String name,
        String description,
        String status,
        String abstraction,
        String likelihood,
        String severity,
        List<String> domains,
        List<String> prerequisites,
        List<String> weaknesses,
        List<String> attackTechniques,
        List<String> parents,
        List<String> children,
        List<String> canPrecede,
        List<String> canFollow,
        List<String> peers) implements CatalogEntry {

    public AttackPattern {
        domains = Lists.copy(domains);
        prerequisites = Lists.copy(prerequisites);
        weaknesses = Lists.copy(weaknesses);
        attackTechniques = Lists.copy(attackTechniques);
        parents = Lists.copy(parents);
        children = Lists.copy(children);
        canPrecede = Lists.copy(canPrecede);
        canFollow = Lists.copy(canFollow);
        peers = Lists.copy(peers);
    }

    /** False for patterns with status {@code Deprecated} or {@code Obsolete}. */
    public boolean isActive() {
        return !"Deprecated".equals(status) && !"Obsolete".equals(status);
    }

    @Override
    public Catalog catalog() {
        return Catalog.CAPEC;
    }
}
