package org.threatloom.evidence.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Rewrites a zip (DOCX, XLSX) so that its bytes depend only on its content: entries in their original order, every
 * entry time set to the pack's date (as a DOS local time without extended timestamps, so the time zone of the machine
 * does not leak in), no comments or extra fields, one fixed compression level.
 */
public final class Zips {
    private Zips() {}

    public static byte[] normalize(byte[] zip, Instant when) {
        return normalize(zip, when, java.util.Map.of());
    }

    /** As {@link #normalize(byte[], Instant)}, with the content of some entries replaced (entry name -> new bytes). */
    public static byte[] normalize(byte[] zip, Instant when, java.util.Map<String, byte[]> replace) {
        LocalDateTime time = LocalDateTime.ofInstant(when.isBefore(AsOf.FLOOR) ? AsOf.FLOOR : when, ZoneOffset.UTC);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(6);
            byte[] buf = new byte[64 * 1024];
            for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(time);
                copy.setMethod(ZipEntry.DEFLATED);
                out.putNextEntry(copy);
                byte[] replacement = replace.get(e.getName());
                if (replacement != null) {
                    out.write(replacement);
                    out.closeEntry();
                    continue;
                }
                try (InputStream data = in.getInputStream(e)) {
                    for (int n = data.read(buf); n > 0; n = data.read(buf)) out.write(buf, 0, n);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite zip", e);
        }
        return bytes.toByteArray();
    }
}
