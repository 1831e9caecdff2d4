package org.threatloom.catalog.data;

import java.util.List;

/**
 * A CWE weakness. {@code attackPatterns} are the CAPEC ids the CWE entry lists; {@code hardwareCategories} the
 * categories of the Hardware Design view (CWE-1194) it belongs to; {@code citedBy} says why it is shipped
 * ({@code CAPEC}, {@code EMB3D}, {@code PYTM}, {@code CWE-1194}).
 */
public record Weakness(
        String id,
        String name,
        String abstraction,
        String status,
        String description,
        List<String> technologies,
        List<String> attackPatterns,
        List<String> hardwareCategories,
        List<String> citedBy) implements CatalogEntry {

    public Weakness {
        technologies = Lists.copy(technologies);
        attackPatterns = Lists.copy(attackPatterns);
        hardwareCategories = Lists.copy(hardwareCategories);
        citedBy = Lists.copy(citedBy);
    }

    @Override
    public Catalog catalog() {
        return Catalog.CWE;
    }
}
