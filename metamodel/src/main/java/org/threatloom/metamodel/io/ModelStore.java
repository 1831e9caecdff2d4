package org.threatloom.metamodel.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.threatloom.model.SystemModel;

/**
 * Loads and saves model files. Loading goes through the hardened {@link XmiCodec}. Saving is atomic: the model is
 * written to a temp file next to the target, forced to disk, the current file is kept as a revision in
 * {@link RevisionHistory}, and the temp file is moved over the target in one step, so that a crash at any
 * moment leaves either the old or the new revision, never a mix. Leftover temp files from a crashed save are
 * removed by the next save or load.
 */
public final class ModelStore {
    /** Refuse larger files before parsing (a 100k-element model is ~30 MB). */
    public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    private ModelStore() {}

    public static SystemModel load(Path file) throws ModelLoadException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) throw new ModelLoadException(name, 0, 0, "is a directory, not a model file");
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ModelLoadException(name, 0, 0, "file too large (" + size + " bytes, limit " + MAX_FILE_BYTES + ")");
            }
            SaveLock.cleanStaleTempFiles(file);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                return XmiCodec.read(in, name);
            }
        } catch (NoSuchFileException e) {
            throw new ModelLoadException(name, 0, 0, "no such file");
        } catch (AccessDeniedException e) {
            throw new ModelLoadException(name, 0, 0, "permission denied");
        } catch (IOException e) {
            throw new ModelLoadException(name, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Saves atomically and keeps the previous content as a revision (see {@link RevisionHistory#DEFAULT_KEEP}). */
    public static void save(SystemModel model, Path file) throws IOException {
        save(model, file, RevisionHistory.DEFAULT_KEEP);
    }

    public static void save(SystemModel model, Path file, int revisionsToKeep) throws IOException {
        Ids.assignMissing(model);
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (Files.isDirectory(target)) throw new IOException(target + ": is a directory, not a model file");
        Files.createDirectories(dir);
        try (SaveLock lock = SaveLock.acquire(target)) {
            Path temp = SaveLock.newTempFile(target);
            try {
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                     OutputStream out = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16)) {
                    XmiCodec.write(model, out);
                    out.flush();
                    channel.force(true);
                }
                if (Files.exists(target)) RevisionHistory.keep(target, revisionsToKeep);
                Files.move(temp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                forceDirectory(dir);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not every platform can fsync a directory; the rename itself is still atomic
        }
    }
}
