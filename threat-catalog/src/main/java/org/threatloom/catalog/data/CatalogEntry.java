package org.threatloom.catalog.data;

/** Anything that can be looked up by id in a {@code CatalogSet}. */
public sealed interface CatalogEntry
        permits AttackPattern, CapecMitigation, IcsTechnique, IcsTactic, IcsMitigation, IcsAsset,
                Emb3dThreat, Emb3dMitigation, Emb3dProperty, Weakness, WeaknessCategory {

    /** The catalog id, e.g. {@code CAPEC-94}, {@code TID-201}, {@code T0800}, {@code CWE-1191}. */
    String id();

    String name();

    Catalog catalog();
}
