package org.threatloom.catalog.data;

import java.util.List;

/** An active ATT&CK for ICS technique ({@code T08xx}); {@code tactics} are TA01xx ids, {@code assets} A00xx ids. */
public record IcsTechnique(String id, String name, String description, List<String> tactics, List<String> assets)
        implements CatalogEntry {

    public IcsTechnique {
        tactics = Lists.copy(tactics);
        assets = Lists.copy(assets);
    }

    @Override
    public Catalog catalog() {
        return Catalog.ATTACK_ICS;
    }
}
