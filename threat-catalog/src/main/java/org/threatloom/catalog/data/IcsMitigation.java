package org.threatloom.catalog.data;

import java.util.List;

/**
 * An ATT&CK for ICS mitigation ({@code M08xx}/{@code M09xx}). {@code mitigates} lists technique ids;
 * {@code iec62443} the IEC 62443 requirement ids cited in its upstream labels, e.g. {@code SR 1.1} (62443-3-3)
 * or {@code CR 1.1}, {@code EDR 3.2} (62443-4-2).
 */
public record IcsMitigation(String id, String name, String description, List<String> mitigates,
                            List<String> iec62443) implements CatalogEntry {

    public IcsMitigation {
        mitigates = Lists.copy(mitigates);
        iec62443 = Lists.copy(iec62443);
    }

    @Override
    public Catalog catalog() {
        return Catalog.ATTACK_ICS;
    }
}
