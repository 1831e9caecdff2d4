package org.threatloom.catalog.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatloom.catalog.CatalogSet;
import org.threatloom.catalog.TestPaths;
import org.threatloom.catalog.load.CatalogLoader;

/** The shipped files are exactly what the importer makes from the upstream catalogs: nothing is hand-edited. */
class ImporterReproducibilityTest {

    @Test
    void importerRunIntoATempDirReproducesTheShippedFilesByteForByte(@TempDir Path out) throws IOException {
        Optional<Path> upstream = TestPaths.upstreamCatalogs();
        assumeTrue(upstream.isPresent(), "upstream catalogs (../shared/catalogs) not present");
        CatalogImport.run(upstream.get(), out);
        Path shipped = TestPaths.shippedData();
        List<String> produced = files(out);
        assertEquals(files(shipped), produced, "set of shipped files");
        for (String f : produced) {
            assertArrayEquals(Files.readAllBytes(shipped.resolve(f)), Files.readAllBytes(out.resolve(f)),
                    f + " differs: re-run the importer (threat-catalog/README.md)");
        }
        assertEquals(CatalogSet.loadDefault().size(), CatalogSet.of(CatalogLoader.loadFromDirectory(out)).size());
    }

    @Test
    void aRunOverAnEarlierOutputRemovesStaleFilesAndGivesTheSameBytes(@TempDir Path out) throws IOException {
        Optional<Path> upstream = TestPaths.upstreamCatalogs();
        assumeTrue(upstream.isPresent(), "upstream catalogs (../shared/catalogs) not present");
        Files.createDirectories(out.resolve("capec"));
        Files.writeString(out.resolve("capec/stale.json"), "[]");
        Files.writeString(out.resolve("capec/attack-patterns.json"), "[]");
        CatalogImport.run(upstream.get(), out);
        Path shipped = TestPaths.shippedData();
        assertEquals(files(shipped), files(out));
        for (String f : files(out)) {
            assertArrayEquals(Files.readAllBytes(shipped.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
