package org.threatloom.catalog.data;

import java.util.List;

/**
 * An EMB3D mitigation ({@code MID-xxx}). {@code iec62443} holds the IEC 62443-4-2 requirement ids parsed from its
 * mapping text, one per component type, e.g. {@code CR 3.4}, {@code EDR 3.14}, {@code CR 1.1 RE 1};
 * {@code mitigates} lists threat ids.
 */
public record Emb3dMitigation(String id, String name, String description, String maturity,
                              List<String> iec62443, List<String> mitigates) implements CatalogEntry {

    public Emb3dMitigation {
        iec62443 = Lists.copy(iec62443);
        mitigates = Lists.copy(mitigates);
    }

    @Override
    public Catalog catalog() {
        return Catalog.EMB3D;
    }
}
