package org.threatloom.catalog.data;

import java.util.List;

/** Content of {@code catalogs.json}: the data format and one {@link CatalogInfo} per shipped catalog. */
public record CatalogManifest(String format, String generatedBy, List<CatalogInfo> catalogs) {
    /** Format of the shipped data; bump when the JSON shape changes incompatibly. */
    public static final String FORMAT = "threatloom-catalog-data/1";

    public CatalogManifest {
        catalogs = Lists.copy(catalogs);
    }
}
