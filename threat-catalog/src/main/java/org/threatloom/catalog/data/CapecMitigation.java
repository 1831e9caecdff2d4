package org.threatloom.catalog.data;

import java.util.List;

/**
 * A CAPEC mitigation (STIX course-of-action). {@code name} is the upstream name ({@code coa-<capec>-<n>});
 * {@code id} equals it, except for the few names that occur twice upstream, which get
 * {@code #<first 8 hex digits of the STIX id>} appended. {@code mitigates} lists CAPEC ids.
 */
public record CapecMitigation(String id, String name, String description, List<String> mitigates)
        implements CatalogEntry {

    public CapecMitigation {
        mitigates = Lists.copy(mitigates);
    }

    @Override
    public Catalog catalog() {
        return Catalog.CAPEC;
    }
}
