package org.threatloom.catalog.data;

import java.util.List;

/** An EMB3D device property ({@code PID-xx}); {@code parent} is null for top-level properties. */
public record Emb3dProperty(String id, String name, String category, String parent, List<String> threats)
        implements CatalogEntry {

    public Emb3dProperty {
        threats = Lists.copy(threats);
    }

    @Override
    public Catalog catalog() {
        return Catalog.EMB3D;
    }
}
