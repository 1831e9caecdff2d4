package org.threatloom.catalog.data;

import java.util.List;

/** An ATT&CK for ICS asset type ({@code A00xx}), e.g. PLC, RTU, HMI. */
public record IcsAsset(String id, String name, String description, List<String> sectors) implements CatalogEntry {

    public IcsAsset {
        sectors = Lists.copy(sectors);
    }

    @Override
    public Catalog catalog() {
        return Catalog.ATTACK_ICS;
    }
}
