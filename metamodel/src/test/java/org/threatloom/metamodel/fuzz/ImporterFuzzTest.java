package org.threatloom.metamodel.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.threatloom.metamodel.interop.ImportException;
import org.threatloom.metamodel.interop.Importers;
import org.threatloom.metamodel.interop.InteropFormat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Robustness case 24 for the importers: any file given to any importer (or to format detection) either imports
 * into a valid model or fails with an {@link ImportException}; never another exception. The first input byte
 * picks the importer; the rest is the file. Seeds are the interop test files; fuzz with
 * {@code JAZZER_FUZZ=1 mvn -pl metamodel test -Djunit.version=5.11.4 -Dtest=ImporterFuzzTest}.
 */
class ImporterFuzzTest {
    private static final InteropFormat[] FORMATS = InteropFormat.values();
    private static final String[] NAMES = {"model.json", "model.yaml", "model.otm.json", "model.tm7", "model"};

    @FuzzTest(maxDuration = "60s")
    void anyFileImportsOrFailsWithAClearError(byte[] input) throws Exception {
        if (input.length == 0) return;
        int pick = input[0] & 0xff;
        byte[] content = Arrays.copyOfRange(input, 1, input.length);
        Path dir = Files.createTempDirectory("fuzz-import");
        try {
            Path file = Files.write(dir.resolve(NAMES[pick % NAMES.length]), content);
            InteropFormat format = pick % (FORMATS.length + 1) == FORMATS.length ? null : FORMATS[pick % (FORMATS.length + 1)];
            try {
                Importers.read(file, format);
            } catch (ImportException expected) {
                // declared: a clear error naming the place
            }
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
