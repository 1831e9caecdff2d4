package org.threatloom.catalog.data;

import java.util.List;

/** Everything the importer writes and the loader reads, as plain immutable lists sorted by id. */
public record CatalogContent(
        List<CatalogInfo> infos,
        List<AttackPattern> attackPatterns,
        List<CapecMitigation> capecMitigations,
        List<IcsTechnique> icsTechniques,
        List<IcsTactic> icsTactics,
        List<IcsMitigation> icsMitigations,
        List<IcsAsset> icsAssets,
        List<Emb3dThreat> emb3dThreats,
        List<Emb3dMitigation> emb3dMitigations,
        List<Emb3dProperty> emb3dProperties,
        List<Weakness> weaknesses,
        List<WeaknessCategory> weaknessCategories) {

    public CatalogContent {
        infos = Lists.copy(infos);
        attackPatterns = Lists.copy(attackPatterns);
        capecMitigations = Lists.copy(capecMitigations);
        icsTechniques = Lists.copy(icsTechniques);
        icsTactics = Lists.copy(icsTactics);
        icsMitigations = Lists.copy(icsMitigations);
        icsAssets = Lists.copy(icsAssets);
        emb3dThreats = Lists.copy(emb3dThreats);
        emb3dMitigations = Lists.copy(emb3dMitigations);
        emb3dProperties = Lists.copy(emb3dProperties);
        weaknesses = Lists.copy(weaknesses);
        weaknessCategories = Lists.copy(weaknessCategories);
    }
}
