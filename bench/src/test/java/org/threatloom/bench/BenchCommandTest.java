package org.threatloom.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatloom.bench.gen.ModelGenerator;
import org.threatloom.metamodel.io.ModelStore;

class BenchCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int bench(String... args) throws Exception {
        return Bench.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void generateWritesALoadableValidModelOfTheRequestedSize() throws Exception {
        Path file = dir.resolve("m.tlm");
        assertEquals(0, bench("generate", "--size", "1500", "--seed", "9", "--out", file.toString(), "--validate"), err.toString());
        assertEquals(1_500, ModelGenerator.countElements(ModelStore.load(file)));
        assertTrue(out.toString().contains("validation: 0 errors"), out.toString());
    }

    @Test
    void theXmiCommandPrintsOneRowPerSizeWithRatiosAndWritesTheReport() throws Exception {
        Path report = dir.resolve("report.md");
        assertEquals(0, bench("xmi", "--sizes", "1k,1500", "--iterations", "1", "--out", report.toString()), err.toString());
        List<String> rows = Files.readAllLines(report).stream().filter(l -> l.startsWith("| 1,")).toList();
        assertEquals(2, rows.size(), String.join("\n", Files.readAllLines(report)));
        assertTrue(rows.get(0).matches("\\| 1,000 \\|.*\\| [0-9.]+x \\|.*\\| [0-9.]+x \\|.*\\| n/a \\|"), rows.get(0));
    }

    @Test
    void badArgumentsPrintUsageAndFail() throws Exception {
        assertEquals(2, bench("xmi", "--sizes", "ten"));
        assertEquals(2, bench("frobnicate"));
        assertEquals(2, bench("generate", "--size", "100"));
        assertTrue(err.toString().contains("usage:"));
    }

    @Test
    void medianOfAnEvenCountAveragesTheMiddleTwo() {
        assertEquals(2.5, XmiBenchmark.median(new double[] {4, 1, 3, 2}));
        assertEquals(3, XmiBenchmark.median(new double[] {5, 3, 1}));
    }
}
