package org.threatloom.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.threatloom.bench.gen.ModelGenerator;
import org.threatloom.metamodel.io.ModelStore;
import org.threatloom.metamodel.validation.Finding;
import org.threatloom.metamodel.validation.ModelValidator;
import org.threatloom.metamodel.validation.ValidationReport;
import org.threatloom.model.SystemModel;

/**
 * The bench command.
 *
 * <pre>
 * Bench [xmi] [--sizes 10000,100000] [--seed 42] [--iterations 3] [--warmup 1] [--out FILE]
 * Bench generate --size N [--seed 42] --out FILE [--validate]
 * </pre>
 *
 * {@code xmi} prints a markdown table (and writes it to {@code --out} if given); {@code generate} writes a synthetic
 * model with {@link ModelStore} (no revisions) and prints its element counts by type.
 */
public final class Bench {
    static final String USAGE = """
            usage:
              Bench [xmi] [--sizes 10000,100000] [--seed 42] [--iterations 3] [--warmup 1] [--out FILE]
                  XMI save/load of generated models: median of N runs after the warm-up(s), with same-run references
                  (plain write of the same bytes; plain JDK SAX parse of the same file) and the 100k budget verdict
              Bench derive [--sizes 1000,5000,100000] [--seed 42] [--iterations 3] [--warmup 1]
                  threat derivation with all shipped rules: element-rule checks per second, warm median, against a
                  same-run reference (a bare reflective EMF loop of 40 property rules over the same model)
              Bench generate --size N [--seed 42] --out FILE [--validate]
                  writes a deterministic synthetic model of N elements (sizes accept a k suffix: 100k)
            """;

    private Bench() {}

    public static void main(String[] args) throws Exception {
        int status = run(args, System.out, System.err);
        if (status != 0) System.exit(status);
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("bench: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        return switch (o.command) {
            case "help" -> {
                out.print(USAGE);
                yield 0;
            }
            case "generate" -> generate(o, out, err);
            case "derive" -> DeriveBenchmark.main(o.sizesGiven ? o.sizes : DeriveBenchmark.DEFAULT_SIZES, o.seed, o.warmup, o.iterations, out);
            default -> xmi(o, out);
        };
    }

    private static int xmi(Options o, PrintStream out) throws Exception {
        String header = String.format(Locale.ROOT,
                "XMI benchmark: JDK %s, %d cores, max heap %,d MB, seed %d, median of %d after %d warm-up(s), load average %.1f",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, o.seed, o.iterations, o.warmup, loadAverage());
        out.println(header);
        Path dir = Files.createTempDirectory("threatloom-bench-");
        List<XmiBenchmark.Row> rows = new ArrayList<>();
        try {
            XmiBenchmark bench = new XmiBenchmark(o.seed, o.warmup, o.iterations, dir);
            for (int size : o.sizes) {
                out.printf(Locale.ROOT, "  running %,d elements ...%n", size);
                rows.add(bench.run(size));
            }
        } finally {
            deleteTree(dir);
        }
        List<String> report = new ArrayList<>();
        report.add(header);
        report.add("");
        report.addAll(XmiBenchmark.table(rows));
        report.add("");
        report.addAll(NOTES);
        report.add(String.format(Locale.ROOT, "Load average at the end: %.1f (other processes on the machine: compare the ratios rather than absolute times).",
                loadAverage()));
        out.println();
        for (String l : report.subList(2, report.size())) out.println(l);
        if (o.out != null) {
            Path p = Path.of(o.out).toAbsolutePath();
            if (p.getParent() != null) Files.createDirectories(p.getParent());
            Files.write(p, report);
            out.println("report written to " + p);
        }
        return 0;
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static final List<String> NOTES = List.of(
            "save = ModelStore.save(model, file, 0): XMI to a temp file, fsync, atomic move; save ref = the same bytes written",
            "with one FileChannel and fsync'd. load = ModelStore.load (hardened XMI, deferred IDREFs); load ref = plain",
            "namespace-aware JDK SAX parse of the same file, no EMF. heap after load = used heap after GC with only the loaded",
            "model live (JVM baseline included). Budgets apply at 100,000 elements.");

    private static int generate(Options o, PrintStream out, PrintStream err) throws IOException {
        if (o.size <= 0 || o.out == null) {
            err.println("bench: generate needs --size N and --out FILE");
            err.print(USAGE);
            return 2;
        }
        long t0 = System.nanoTime();
        SystemModel model = ModelGenerator.generate(o.size, o.seed);
        long genMs = (System.nanoTime() - t0) / 1_000_000;
        Path file = Path.of(o.out);
        t0 = System.nanoTime();
        ModelStore.save(model, file, 0);
        long saveMs = (System.nanoTime() - t0) / 1_000_000;
        Map<String, Integer> counts = ModelGenerator.countByType(model);
        int elements = counts.values().stream().mapToInt(Integer::intValue).sum();
        out.printf(Locale.ROOT, "generated %,d elements (%,d objects), seed %d, in %,d ms; saved %s (%.1f MB) in %,d ms%n",
                elements, ModelGenerator.countObjects(model), o.seed, genMs, file, Files.size(file) / 1e6, saveMs);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.printf(Locale.ROOT, "  %-22s %,8d  %5.1f%%%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / elements));
        if (o.validate) {
            ValidationReport report = ModelValidator.validate(model);
            out.printf("validation: %d errors, %d warnings%n", report.errors().size(), report.warnings().size());
            report.findings().stream().limit(20).map(Finding::describe).forEach(m -> out.println("  " + m));
            if (!report.valid()) return 1;
        }
        return 0;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** Parsed command line. */
    static final class Options {
        String command = "xmi";
        List<Integer> sizes = List.of(10_000, 100_000);
        long seed = 42;
        int iterations = 3;
        int warmup = 1;
        int size = -1;
        String out;
        boolean validate;
        boolean sizesGiven;

        static Options parse(String[] args) {
            Options o = new Options();
            int i = 0;
            if (i < args.length && !args[i].startsWith("--")) o.command = args[i++];
            if (!List.of("xmi", "generate", "derive", "help").contains(o.command)) throw new IllegalArgumentException("unknown command '" + o.command + "'");
            while (i < args.length) {
                String a = args[i++];
                if (a.equals("--help") || a.equals("-h")) {
                    o.command = "help";
                    continue;
                }
                if (a.equals("--validate")) {
                    o.validate = true;
                    continue;
                }
                if (i >= args.length) throw new IllegalArgumentException(a + " needs a value");
                String v = args[i++];
                switch (a) {
                    case "--sizes" -> {
                        List<Integer> sizes = new ArrayList<>();
                        for (String s : v.split(",")) if (!s.isBlank()) sizes.add(size(s));
                        if (sizes.isEmpty()) throw new IllegalArgumentException("--sizes is empty");
                        o.sizes = sizes;
                        o.sizesGiven = true;
                    }
                    case "--size" -> o.size = size(v);
                    case "--seed" -> o.seed = number(a, v);
                    case "--iterations" -> {
                        o.iterations = (int) number(a, v);
                        if (o.iterations < 1) throw new IllegalArgumentException("--iterations must be >= 1");
                    }
                    case "--warmup" -> {
                        o.warmup = (int) number(a, v);
                        if (o.warmup < 1) throw new IllegalArgumentException("--warmup must be >= 1 (the first save writes the file the references use)");
                    }
                    case "--out" -> o.out = v;
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            return o;
        }

        static int size(String s) {
            String t = s.trim().toLowerCase(Locale.ROOT).replace("_", "");
            int factor = 1;
            if (t.endsWith("k")) {
                factor = 1_000;
                t = t.substring(0, t.length() - 1);
            } else if (t.endsWith("m")) {
                factor = 1_000_000;
                t = t.substring(0, t.length() - 1);
            }
            long n = number("size", t) * factor;
            if (n <= 0 || n > Integer.MAX_VALUE) throw new IllegalArgumentException("size out of range: " + s);
            return (int) n;
        }

        static long number(String option, String v) {
            try {
                return Long.parseLong(v.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": not a number: " + v);
            }
        }
    }
}
