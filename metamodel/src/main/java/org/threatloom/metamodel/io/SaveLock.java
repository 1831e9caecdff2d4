package org.threatloom.metamodel.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One saver per model file at a time, across threads (a JVM lock) and processes (an OS file lock on
 * {@code .NAME.lock}). Because every saver holds the lock while its temp file exists, a temp file found while
 * holding the lock belongs to a saver that died (kill -9, power loss) and can be deleted.
 */
final class SaveLock implements AutoCloseable {
    private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();
    static final String TEMP_MARKER = ".tmp-";

    private final ReentrantLock jvmLock;
    private final FileChannel channel;
    private final FileLock fileLock;

    private SaveLock(ReentrantLock jvmLock, FileChannel channel, FileLock fileLock) {
        this.jvmLock = jvmLock;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    static SaveLock acquire(Path target) throws IOException {
        ReentrantLock jvm = JVM_LOCKS.computeIfAbsent(target, p -> new ReentrantLock());
        jvm.lock();
        FileChannel ch = null;
        try {
            ch = FileChannel.open(lockFile(target), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = ch.lock();
            SaveLock saveLock = new SaveLock(jvm, ch, lock);
            deleteTempFiles(target);
            return saveLock;
        } catch (IOException | RuntimeException e) {
            if (ch != null) ch.close();
            jvm.unlock();
            throw e;
        }
    }

    /** Removes temp files of crashed saves, if no saver is active right now. */
    static void cleanStaleTempFiles(Path file) {
        Path target = file.toAbsolutePath();
        if (!Files.isDirectory(target.getParent()) || !Files.isWritable(target.getParent())) return;
        if (!hasTempFiles(target)) return; // the common case: nothing to clean, and nothing is created beside the model
        ReentrantLock jvm = JVM_LOCKS.computeIfAbsent(target, p -> new ReentrantLock());
        if (!jvm.tryLock()) return;
        try (FileChannel ch = FileChannel.open(lockFile(target), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) return;
            try {
                deleteTempFiles(target);
            } finally {
                lock.release();
            }
        } catch (IOException | OverlappingFileLockException ignored) {
            // cleaning is best effort; the next save cleans again
        } finally {
            jvm.unlock();
        }
    }

    static Path newTempFile(Path target) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + TEMP_MARKER + UUID.randomUUID());
        return Files.createFile(temp);
    }

    private static boolean hasTempFiles(Path target) {
        String prefix = "." + target.getFileName() + TEMP_MARKER;
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(target.getParent(), p -> p.getFileName().toString().startsWith(prefix))) {
            return stale.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTempFiles(Path target) throws IOException {
        String prefix = "." + target.getFileName() + TEMP_MARKER;
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(target.getParent(), p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path p : stale) Files.deleteIfExists(p);
        }
    }

    private static Path lockFile(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".lock");
    }

    @Override
    public void close() throws IOException {
        try {
            fileLock.release();
            channel.close();
        } finally {
            jvmLock.unlock();
        }
    }
}
