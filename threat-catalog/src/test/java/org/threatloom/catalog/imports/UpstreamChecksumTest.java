package org.threatloom.catalog.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threatloom.catalog.CatalogSet;
import org.threatloom.catalog.TestPaths;
import org.threatloom.catalog.data.CatalogInfo;

/** The shipped data records the SHA-256 of the upstream files it was built from; recompute them when present. */
class UpstreamChecksumTest {

    @Test
    void recordedChecksumsMatchTheUpstreamFiles() {
        Optional<Path> upstream = TestPaths.upstreamCatalogs();
        assumeTrue(upstream.isPresent(), "upstream catalogs (../shared/catalogs) not present");
        int checked = 0;
        for (CatalogInfo info : CatalogSet.loadDefault().infos()) {
            for (Map.Entry<String, String> e : info.upstreamFiles().entrySet()) {
                assertEquals(e.getValue(), Checksums.of(upstream.get(), e.getKey()), info.catalog() + " " + e.getKey());
                checked++;
            }
        }
        assertEquals(5, checked);
    }

    @Test
    void folderDigestIsTheSha256OfASha256sumListing() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("tl-sum");
        java.nio.file.Files.createDirectories(dir.resolve("x/b"));
        java.nio.file.Files.writeString(dir.resolve("x/a.txt"), "a\n");
        java.nio.file.Files.writeString(dir.resolve("x/b/c.txt"), "c\n");
        // printf 'a\n' | sha256sum ; printf 'c\n' | sha256sum ; then the listing hashed again
        String listing = "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7  x/a.txt\n"
                + "a3a5e715f0cc574a73c3f9bebb6bc24f32ffd5b67b387244c2c909da779a1478  x/b/c.txt\n";
        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(listing.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(Checksums.file(dir.resolve("x/a.txt")), "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7");
        assertEquals(expected, Checksums.of(dir, "x/**"));
    }
}
