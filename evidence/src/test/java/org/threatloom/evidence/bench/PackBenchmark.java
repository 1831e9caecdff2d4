package org.threatloom.evidence.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.threatloom.catalog.derive.Analysis;
import org.threatloom.catalog.rules.RuleLoader;
import org.threatloom.evidence.json.AnalysisJson;
import org.threatloom.evidence.pack.AsOf;
import org.threatloom.evidence.pack.PackWriter;
import org.threatloom.evidence.pack.Proofs;
import org.threatloom.evidence.pack.ReportAssembler;
import org.threatloom.evidence.pack.ReportInputs;
import org.threatloom.metamodel.io.ModelStore;
import org.threatloom.metamodel.query.Labels;
import org.threatloom.model.SystemModel;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The evidence-pack benchmark (a main class printing a table; never a timed test). Builds the whole pack for a
 * 1,000-element model with all four profiles: first run (cold JVM), then the median of warm runs, without and with
 * the PDFs, with a per-format breakdown; the same-run reference is serialising the threat analysis to JSON
 * ({@code AnalysisJson}, what {@code analyze --format json} does), measured in the same JVM.
 *
 * <pre>
 * PackBenchmark [MODEL.tlm] [--iterations 3] [--size 1000] [--seed 42]
 * </pre>
 * With a model file (e.g. {@code Bench generate --size 1000 --seed 42 --out plant-1k.tlm}, bench's generator), that
 * model; else a synthetic plant of {@code --size} elements ({@link SyntheticPlant}).
 */
public final class PackBenchmark {
    static final double BUDGET_MS = 10_000;
    static final ObjectMapper JSON = new ObjectMapper();

    private PackBenchmark() {}

    public static void main(String[] args) throws Exception {
        String file = null;
        int iterations = 3, size = 1000;
        long seed = 42;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--size" -> size = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> file = args[i];
            }
        }
        run(file, size, seed, iterations, System.out);
    }

    static void run(String file, int size, long seed, int iterations, PrintStream out) throws Exception {
        SystemModel model = file == null ? SyntheticPlant.generate(size, seed) : ModelStore.load(Path.of(file));
        int threads = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "Evidence-pack benchmark: %s, JDK %s, %d cores, max heap %,d MB, load average %.1f, %d warm iteration(s)%n",
                file == null ? "synthetic plant (" + size + " elements, seed " + seed + ")" : file, System.getProperty("java.version"), threads,
                Runtime.getRuntime().maxMemory() >> 20, load(), iterations);
        ReportAssembler assembler = new ReportAssembler(RuleLoader.loadDefault());
        long t0 = System.nanoTime();
        Analysis analysis = assembler.derive(model);
        double deriveMs = ms(t0);
        t0 = System.nanoTime();
        ReportInputs in = assembler.assemble(model, file == null ? "synthetic.tlm" : file, analysis, List.of(), Proofs.none(), null, "bench",
                AsOf.of(model, null, null));
        double assessMs = ms(t0);
        int results = in.assessments().values().stream().mapToInt(a -> a.requirements().size()).sum();
        out.printf(Locale.ROOT, "model: %s, %,d threats, %,d requirement results over 4 profiles (derive %.0f ms, assess %.0f ms, cold; inputs, not pack)%n%n",
                Labels.name(model), analysis.threats().size(), results, deriveMs, assessMs);
        PackWriter.Options noPdf = PackWriter.Options.defaults("model.tlm").withPdf(false), withPdf = noPdf.withPdf(true);
        double refCold = reference(in);
        t0 = System.nanoTime();
        PackWriter.Pack coldPack = PackWriter.build(in, noPdf);
        double coldNoPdf = ms(t0);
        t0 = System.nanoTime();
        PackWriter.Pack coldFull = PackWriter.build(in, withPdf);
        double coldFullMs = ms(t0);
        double[] ref = new double[iterations], packNo = new double[iterations], packFull = new double[iterations];
        Map<String, List<Double>> parts = new TreeMap<>();
        PackWriter.Pack last = coldFull;
        for (int i = 0; i < iterations; i++) {
            ref[i] = reference(in);
            t0 = System.nanoTime();
            PackWriter.build(in, noPdf);
            packNo[i] = ms(t0);
            t0 = System.nanoTime();
            last = PackWriter.build(in, withPdf);
            packFull[i] = ms(t0);
            last.millis().forEach((k, v) -> parts.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        double r = median(ref);
        long bytes = last.files().values().stream().mapToLong(b -> b.length).sum();
        out.println("| what | first run ms | warm median ms | x reference | budget |");
        out.println("|---|---:|---:|---:|---|");
        out.printf(Locale.ROOT, "| reference: analysis JSON (%,d threats) | %.0f | %.0f | 1.0 | |%n", analysis.threats().size(), refCold, r);
        out.printf(Locale.ROOT, "| pack: DOCX+XLSX+HTML+OSCAL+SARIF (%d files) | %.0f | %.0f | %.0f | %s |%n", coldPack.files().size(), coldNoPdf, median(packNo),
                median(packNo) / r, verdict(median(packNo), coldNoPdf));
        out.printf(Locale.ROOT, "| whole pack with PDFs (%d files, %.1f MB) | %.0f | %.0f | %.0f | %s |%n", last.files().size(), bytes / 1e6, coldFullMs,
                median(packFull), median(packFull) / r, verdict(median(packFull), coldFullMs));
        out.println();
        out.printf(Locale.ROOT, "Per format: time summed over the %d rendering threads (ms), first run (the first pack built in this JVM; pdf: the first with PDFs) and warm median:%n", threads);
        out.println("| part | first run ms | warm ms | warm x reference |");
        out.println("|---|---:|---:|---:|");
        for (Map.Entry<String, List<Double>> e : parts.entrySet()) {
            double m = median(e.getValue().stream().mapToDouble(Double::doubleValue).toArray());
            out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.1f |%n", e.getKey(), coldPack.millis().getOrDefault(e.getKey(), coldFull.millis().getOrDefault(e.getKey(), 0.0)), m, m / r);
        }
        out.println();
        out.printf(Locale.ROOT, "Budget: full evidence pack (DOCX + XLSX + HTML + OSCAL + SARIF), 1,000 elements, all profiles <= %.0f s "
                + "(performance.md). Load average at the end: %.1f.%n", BUDGET_MS / 1000, load());
    }

    static double reference(ReportInputs in) throws Exception {
        long t0 = System.nanoTime();
        byte[] b = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(AnalysisJson.of(in.analysis(), in.model().getId(), Labels.name(in.model()),
                in.modelFile(), "bench"));
        if (b.length == 0) throw new IllegalStateException();
        return ms(t0);
    }

    static String verdict(double warm, double cold) {
        return (warm <= BUDGET_MS ? "PASS" : "FAIL") + " warm, " + (cold <= BUDGET_MS ? "pass" : "over") + " cold";
    }

    static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
