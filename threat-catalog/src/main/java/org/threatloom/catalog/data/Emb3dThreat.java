package org.threatloom.catalog.data;

import java.util.List;

/**
 * An EMB3D threat ({@code TID-xxx}). {@code weaknesses} are the CWE ids of its CWE list (some are CWE
 * categories), {@code icsTechniques} the ATT&CK for ICS ids linked from its evidence,
 * {@code otherAttackTechniques} the Enterprise/Mobile ids linked from it (sub-techniques as {@code T1542.003}).
 */
public record Emb3dThreat(
        String id,
        String name,
        String description,
        String category,
        String maturity,
        List<String> weaknesses,
        List<String> icsTechniques,
        List<String> otherAttackTechniques,
        List<String> cves) implements CatalogEntry {

    public Emb3dThreat {
        weaknesses = Lists.copy(weaknesses);
        icsTechniques = Lists.copy(icsTechniques);
        otherAttackTechniques = Lists.copy(otherAttackTechniques);
        cves = Lists.copy(cves);
    }

    @Override
    public Catalog catalog() {
        return Catalog.EMB3D;
    }
}
