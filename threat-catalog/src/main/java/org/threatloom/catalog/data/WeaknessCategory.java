package org.threatloom.catalog.data;

import java.util.List;

/**
 * A CWE category: a grouping, not a weakness. Shipped for the 13 categories of the Hardware Design view
 * ({@code hardwareView}) and for categories that other catalogs cite as if they were weaknesses (e.g. EMB3D
 * cites CWE-1371). {@code members} are all upstream member ids (for hardware categories: those in view 1194);
 * not all of them are shipped.
 */
public record WeaknessCategory(String id, String name, String status, String description, List<String> members,
                               boolean hardwareView, List<String> citedBy) implements CatalogEntry {

    public WeaknessCategory {
        members = Lists.copy(members);
        citedBy = Lists.copy(citedBy);
    }

    @Override
    public Catalog catalog() {
        return Catalog.CWE;
    }
}
