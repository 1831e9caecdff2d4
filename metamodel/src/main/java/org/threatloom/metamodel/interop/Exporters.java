package org.threatloom.metamodel.interop;

import java.util.Locale;

import org.threatloom.metamodel.interop.otm.OtmExporter;
import org.threatloom.metamodel.interop.threatdragon.ThreatDragonExporter;
import org.threatloom.model.SystemModel;

/** The one entry point for exports: Threat Dragon v2 JSON, or OTM (YAML when the file name says so, else JSON). */
public final class Exporters {
    private Exporters() {}

    public static ExportResult export(SystemModel model, InteropFormat format, String fileName) {
        return switch (format) {
            case THREAT_DRAGON -> ThreatDragonExporter.export(model);
            case OTM -> OtmExporter.export(model, fileName != null && fileName.toLowerCase(Locale.ROOT).matches(".*\\.ya?ml$"));
            default -> throw new IllegalArgumentException("cannot export to " + format.cliName() + "; export supports threat-dragon and otm");
        };
    }
}
