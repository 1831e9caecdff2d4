package org.threatloom.catalog.imports;

import java.util.List;
import java.util.Map;
import org.threatloom.catalog.data.CatalogInfo;

/**
 * One imported catalog, ready to write: its provenance, its record lists by shipped file name, the licence
 * text to ship beside it, and the upstream provenance table (verbatim) for the generated SOURCE.md.
 */
record ImportedCatalog(CatalogInfo info, Map<String, List<?>> files, byte[] licence, List<String> upstreamTable) {
}
