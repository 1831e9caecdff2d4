package org.threatloom.evidence.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;

import org.threatloom.evidence.docx.DocxWriter;
import org.threatloom.evidence.html.HtmlWriter;
import org.threatloom.evidence.json.AnalysisJson;
import org.threatloom.evidence.oscal.OscalWriter;
import org.threatloom.evidence.pdf.PdfWriter;
import org.threatloom.evidence.report.Document;
import org.threatloom.evidence.report.Outlines;
import org.threatloom.evidence.report.ReportContext;
import org.threatloom.evidence.sarif.SarifWriter;
import org.threatloom.evidence.xlsx.XlsxWriter;
import org.threatloom.metamodel.query.Labels;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Builds the evidence pack from {@link ReportInputs}: per profile a DOCX, an HTML and a PDF, and the OSCAL chain; one
 * XLSX with the requirement matrix and the threat register; the architecture PNG; the analysis JSON and SARIF; and
 * the manifest. Every file is a pure function of the inputs; independent files are rendered in parallel and collected
 * by path, so the pack is byte for byte the same whatever the thread timing. {@link #write} replaces a previous pack
 * in the directory and refuses a directory that holds anything else.
 */
public final class PackWriter {
    public static final String DIAGRAM = "architecture.png", ANALYSIS = "threats/analysis.json", SARIF = "threats/threats.sarif", README = "README.txt";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * @param pdf      render the PDFs (the slowest part: openhtmltopdf lays out every table row)
     * @param threads  parallel renderers (1 = sequential)
     * @param modelUri the model as the SARIF artifact URI
     * @param lineOf   line of an element id in the model file for SARIF, 0 when unknown
     */
    public record Options(boolean pdf, int threads, String modelUri, ToIntFunction<String> lineOf) {
        public static Options defaults(String modelUri) {
            return new Options(true, Math.max(1, Runtime.getRuntime().availableProcessors()), modelUri, id -> 0);
        }

        public Options withPdf(boolean on) {
            return new Options(on, threads, modelUri, lineOf);
        }

        public Options withThreads(int n) {
            return new Options(pdf, Math.max(1, n), modelUri, lineOf);
        }
    }

    /** The files of a pack (path -> bytes, sorted by path) and the rendering time per kind of file, in ms (summed over threads). */
    public record Pack(Map<String, byte[]> files, Map<String, Double> millis) {}

    private PackWriter() {}

    public static Pack build(ReportInputs in, Options options) {
        Map<String, Double> millis = new ConcurrentHashMap<>();
        long t0 = System.nanoTime();
        ReportContext ctx = new ReportContext(in);
        millis.merge("context+diagram", (System.nanoTime() - t0) / 1e6, Double::sum);
        String base = SafeNames.slug(Labels.name(in.model()), in.model().getId());
        List<Callable<Map<String, byte[]>>> tasks = new ArrayList<>();
        tasks.add(timed(millis, "xlsx", () -> Map.of(base + "-matrix.xlsx", XlsxWriter.write(in))));
        tasks.add(timed(millis, "json+sarif", () -> Map.of(ANALYSIS, json(AnalysisJson.of(in.analysis(), in.model().getId(), Labels.name(in.model()), in.modelFile(),
                in.versions().tool())), SARIF, json(SarifWriter.of(in.analysis(), options.modelUri(), options.lineOf(), in.versions().tool())))));
        for (String profile : in.assessments().keySet()) {
            tasks.add(timed(millis, "oscal", () -> {
                Map<String, byte[]> out = new LinkedHashMap<>();
                OscalWriter.write(ctx, profile, "../../" + DIAGRAM).forEach((k, v) -> out.put("oscal/" + profile + "/" + k, v));
                return out;
            }));
            tasks.add(() -> documents(ctx, profile, base, options.pdf(), millis));
        }
        Map<String, byte[]> files = new TreeMap<>();
        files.put(DIAGRAM, ctx.diagram().bytes());
        files.putAll(run(tasks, options.threads()));
        files.put(README, readme(in, files.keySet()).getBytes(StandardCharsets.UTF_8));
        t0 = System.nanoTime();
        files.put(Manifest.FILE, Manifest.of(in, files));
        millis.merge("manifest", (System.nanoTime() - t0) / 1e6, Double::sum);
        return new Pack(Collections.unmodifiableMap(files), new TreeMap<>(millis));
    }

    private static Map<String, byte[]> documents(ReportContext ctx, String profile, String base, boolean pdf, Map<String, Double> millis) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        String stem = profile + "/" + base + "-" + profile;
        long t0 = System.nanoTime();
        Document d = Outlines.of(ctx, profile);
        long t1 = System.nanoTime();
        out.put(stem + ".docx", DocxWriter.write(d));
        long t2 = System.nanoTime();
        String html = HtmlWriter.write(d);
        out.put(stem + ".html", html.getBytes(StandardCharsets.UTF_8));
        long t3 = System.nanoTime();
        if (pdf) out.put(stem + ".pdf", PdfWriter.write(html, d.title() + " - " + d.subtitle(), d.author(), d.asOf()));
        long t4 = System.nanoTime();
        millis.merge("outline", (t1 - t0) / 1e6, Double::sum);
        millis.merge("docx", (t2 - t1) / 1e6, Double::sum);
        millis.merge("html", (t3 - t2) / 1e6, Double::sum);
        if (pdf) millis.merge("pdf", (t4 - t3) / 1e6, Double::sum);
        return out;
    }

    private static Callable<Map<String, byte[]>> timed(Map<String, Double> millis, String kind, Callable<Map<String, byte[]>> task) {
        return () -> {
            long t0 = System.nanoTime();
            Map<String, byte[]> r = task.call();
            millis.merge(kind, (System.nanoTime() - t0) / 1e6, Double::sum);
            return r;
        };
    }

    private static Map<String, byte[]> run(List<Callable<Map<String, byte[]>>> tasks, int threads) {
        Map<String, byte[]> out = new TreeMap<>();
        if (threads <= 1) {
            for (Callable<Map<String, byte[]>> t : tasks) {
                try {
                    out.putAll(t.call());
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), r -> {
            Thread t = new Thread(r, "evidence-pack");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Map<String, byte[]>>> futures = new ArrayList<>();
            for (Callable<Map<String, byte[]>> t : tasks) futures.add(pool.submit(t));
            for (Future<Map<String, byte[]>> f : futures) out.putAll(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the pack", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /**
     * Writes the pack into {@code dir}: built in a sibling temp directory, then moved into place. A directory that
     * holds a previous pack (a manifest of this kind) is replaced; an empty or missing one is created; any other
     * directory is refused, so a mistyped {@code --out} never deletes someone's files.
     */
    public static void write(Pack pack, Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) throw new IOException(dir + " exists and is not a directory");
        boolean replace = Files.isDirectory(target) && !isEmpty(target);
        if (replace && !isPack(target)) throw new IOException(dir + " is not empty and holds no evidence pack: choose a new or empty directory");
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
        try {
            for (Map.Entry<String, byte[]> e : pack.files().entrySet()) {
                Path p = SafeNames.inside(temp, e.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue());
            }
            if (Files.isDirectory(target)) Trees.delete(target);
            Files.move(temp, target);
        } finally {
            if (Files.exists(temp)) Trees.delete(temp);
        }
    }

    static boolean isEmpty(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    static boolean isPack(Path dir) {
        Path m = dir.resolve(Manifest.FILE);
        if (!Files.isRegularFile(m)) return false;
        try {
            return Manifest.KIND.equals(Manifest.MAPPER.readTree(m.toFile()).path("pack").asText());
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] json(Object node) {
        try {
            return (JSON.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readme(ReportInputs in, java.util.Set<String> paths) {
        StringBuilder sb = new StringBuilder();
        sb.append("ThreatLoom evidence pack\n========================\n\n");
        sb.append("Model: ").append(in.modelFile()).append(" (SHA-256 ").append(in.modelSha256()).append(")\n");
        sb.append("As of: ").append(in.asOf()).append("\nThreatLoom: ").append(in.versions().tool()).append("\n\n");
        sb.append("manifest.json            SHA-256 of every file, catalog/profile/tool versions (verify with sha256sum)\n");
        sb.append("architecture.png         zones, components and data flows drawn from the model\n");
        sb.append("*-matrix.xlsx            requirement matrix (all profiles, every target) and threat register\n");
        sb.append("threats/analysis.json    the threat analysis (threatloom analyze --format json)\n");
        sb.append("threats/threats.sarif    open threats as SARIF 2.1.0 for CI\n");
        sb.append("<profile>/*.docx|html|pdf  the certification document of each profile\n");
        sb.append("oscal/<profile>/         OSCAL 1.1.3: catalog, profile, ssp, assessment-plan, assessment-results, component-definition\n\n");
        sb.append("Files:\n");
        for (String p : paths) sb.append("  ").append(p).append('\n');
        sb.append("  ").append(Manifest.FILE).append('\n');
        return sb.toString();
    }
}
