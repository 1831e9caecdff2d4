package org.threatloom.catalog.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 of upstream files. A folder's digest is the SHA-256 of its {@code sha256sum} listing: one line
 * {@code <hex>  <path>\n} per regular file, paths relative to the catalogs root with '/', sorted by path
 * (byte order) — the same as {@code cd catalogs && find DIR -type f | LC_ALL=C sort | xargs sha256sum | sha256sum}.
 */
public final class Checksums {
    /** Suffix of an {@code upstreamFiles} key that denotes a folder digest. */
    public static final String TREE_SUFFIX = "/**";

    private Checksums() {
    }

    /** Digest of {@code key} (a file path, or a folder path ending in {@code /**}) under {@code catalogsRoot}. */
    public static String of(Path catalogsRoot, String key) {
        if (key.endsWith(TREE_SUFFIX)) {
            return tree(catalogsRoot, key.substring(0, key.length() - TREE_SUFFIX.length()));
        }
        return file(catalogsRoot.resolve(key));
    }

    static String file(Path file) {
        MessageDigest md = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static String tree(Path catalogsRoot, String relativeDir) {
        StringBuilder listing = new StringBuilder();
        for (String rel : filesUnder(catalogsRoot, relativeDir)) {
            listing.append(file(catalogsRoot.resolve(rel))).append("  ").append(rel).append('\n');
        }
        return HexFormat.of().formatHex(sha256().digest(listing.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Regular files under {@code relativeDir}, as sorted '/'-separated paths relative to {@code catalogsRoot}. */
    static List<String> filesUnder(Path catalogsRoot, String relativeDir) {
        try (Stream<Path> s = Files.walk(catalogsRoot.resolve(relativeDir))) {
            return s.filter(Files::isRegularFile)
                    .map(p -> catalogsRoot.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
