package org.threatloom.metamodel.interop;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.threatloom.metamodel.interop.otm.OtmImporter;
import org.threatloom.metamodel.interop.threagile.ThreagileImporter;
import org.threatloom.metamodel.interop.threatdragon.ThreatDragonImporter;
import org.threatloom.metamodel.interop.tm7.Tm7Importer;
import org.threatloom.metamodel.io.Ids;
import org.threatloom.metamodel.validation.Finding;
import org.threatloom.metamodel.validation.ModelValidator;
import org.threatloom.metamodel.validation.ValidationReport;
import org.threatloom.model.SystemModel;

/**
 * The one entry point for imports: reads the file (size-capped), tells its format when not given, runs the
 * format's importer and checks that the result is a valid model. The whole model is built in memory; nothing is
 * written, so a file that fails anywhere leaves nothing half-imported.
 */
public final class Importers {
    /** Larger files are refused before parsing. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** An imported model and what the import did. */
    public record ImportResult(SystemModel model, ImportReport report) {}

    private Importers() {}

    /** Imports {@code file}; {@code format} null means: tell it from the file. */
    public static ImportResult read(Path file, InteropFormat format) throws ImportException {
        return read(file, bytes(file), file.toString(), file.getFileName().toString(), format);
    }

    /**
     * Imports a file received as bytes (an upload): nothing on disk is read, so Threagile {@code includes} are refused.
     * {@code fileName} (the uploader's name for it) only helps tell the format and names the file in errors.
     */
    public static ImportResult read(byte[] bytes, String fileName, InteropFormat format) throws ImportException {
        if (bytes.length > MAX_BYTES) throw new ImportException(fileName, "file too large (" + bytes.length + " bytes, limit " + MAX_BYTES + ")");
        return read(null, bytes, fileName, fileName, format);
    }

    /** The format of a file, or null when it is none of the importable ones. */
    public static InteropFormat detect(String fileName, byte[] bytes) {
        return FormatDetector.detect(fileName, bytes);
    }

    private static ImportResult read(Path file, byte[] bytes, String name, String fileName, InteropFormat format) throws ImportException {
        InteropFormat f = format != null ? format : FormatDetector.detect(fileName, bytes);
        if (f == null) {
            throw new ImportException(name, "cannot tell the format (none of " + InteropFormat.names() + "); name it with --from");
        }
        ImportReport report = new ImportReport(name, f);
        SystemModel model = switch (f) {
            case THREAT_DRAGON -> ThreatDragonImporter.read(bytes, name, report);
            case THREAGILE -> ThreagileImporter.read(file, bytes, name, report);
            case OTM -> OtmImporter.read(bytes, name, report);
            case TM7 -> Tm7Importer.read(bytes, name, report);
        };
        Ids.assignMissing(model);
        Reimport.recordImportedFeatures(model);
        check(model, name);
        return new ImportResult(model, report);
    }

    /** The file's bytes, refusing directories, missing files and files over {@link #MAX_BYTES}. */
    public static byte[] bytes(Path file) throws ImportException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) throw new ImportException(name, "is a directory, not a file to import");
            long size = Files.size(file);
            if (size > MAX_BYTES) throw new ImportException(name, "file too large (" + size + " bytes, limit " + MAX_BYTES + ")");
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(name, "no such file");
        } catch (AccessDeniedException e) {
            throw new ImportException(name, "permission denied");
        } catch (IOException e) {
            throw new ImportException(name, "cannot read: " + e.getMessage());
        }
    }

    /** An importer must never produce an invalid model; if it does, the import fails rather than saving it. */
    static void check(SystemModel model, String name) throws ImportException {
        ValidationReport v = ModelValidator.validate(model);
        if (!v.valid()) {
            Finding first = v.errors().get(0);
            throw new ImportException(name, "the imported model does not validate (" + v.errors().size() + " error(s)), first: " + first.message());
        }
    }
}
