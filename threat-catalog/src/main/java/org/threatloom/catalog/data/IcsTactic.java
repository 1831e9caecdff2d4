package org.threatloom.catalog.data;

/** An ATT&CK for ICS tactic ({@code TA01xx}); {@code matrixOrder} is its 1-based column in the ICS matrix. */
public record IcsTactic(String id, String name, String shortName, int matrixOrder) implements CatalogEntry {

    @Override
    public Catalog catalog() {
        return Catalog.ATTACK_ICS;
    }
}
