package org.threatloom.metamodel.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Earlier revisions of a model file, kept in {@code .threatloom-history/NAME/} beside it as
 * {@code 000001.tlm, 000002.tlm, ...} (higher is newer). A revision is a hard link to the file being replaced,
 * so keeping it costs no copy; where links are not supported it is copied.
 */
public final class RevisionHistory {
    public static final int DEFAULT_KEEP = 20;
    public static final String DIRECTORY = ".threatloom-history";

    private RevisionHistory() {}

    public static Path directoryFor(Path modelFile) {
        Path target = modelFile.toAbsolutePath();
        return target.resolveSibling(DIRECTORY).resolve(target.getFileName().toString());
    }

    /** Revisions of a model file, oldest first. */
    public static List<Path> list(Path modelFile) throws IOException {
        Path dir = directoryFor(modelFile);
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, p -> number(p) > 0)) {
            for (Path p : ds) out.add(p);
        }
        out.sort((a, b) -> Long.compare(number(a), number(b)));
        return out;
    }

    static void keep(Path current, int keep) throws IOException {
        if (keep <= 0) return;
        Path dir = directoryFor(current);
        Files.createDirectories(dir);
        List<Path> existing = list(current);
        long next = existing.isEmpty() ? 1 : number(existing.get(existing.size() - 1)) + 1;
        Path revision = dir.resolve(String.format("%06d.tlm", next));
        try {
            Files.createLink(revision, current);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.copy(current, revision, StandardCopyOption.REPLACE_EXISTING);
        }
        existing.add(revision);
        for (int i = 0; i < existing.size() - keep; i++) Files.deleteIfExists(existing.get(i));
    }

    private static long number(Path p) {
        String n = p.getFileName().toString();
        if (!n.endsWith(".tlm")) return -1;
        try {
            return Long.parseLong(n.substring(0, n.length() - 4));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
