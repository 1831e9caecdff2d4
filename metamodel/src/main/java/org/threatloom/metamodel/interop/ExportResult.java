package org.threatloom.metamodel.interop;

import java.util.List;

/**
 * An exported document and what the target format could not express (e.g. data assets in Threat Dragon), so the
 * {@code export} command can say what was left out instead of losing it silently.
 */
public record ExportResult(String text, List<String> omitted) {
    public ExportResult {
        omitted = List.copyOf(omitted);
    }
}
