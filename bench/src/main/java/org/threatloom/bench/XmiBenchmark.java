package org.threatloom.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.threatloom.bench.gen.ModelGenerator;
import org.threatloom.metamodel.io.ModelStore;
import org.threatloom.metamodel.io.XmiCodec;
import org.threatloom.model.SystemModel;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XMI save/load benchmark. For each size: generate a model, then time {@link ModelStore#save(SystemModel, Path, int)}
 * (0 revisions) and {@link ModelStore#load(Path)}, warm-up (once by default) and then the median of N iterations, each interleaved
 * with its same-run reference: a plain write of the same bytes (forced to disk, as the store forces its temp file)
 * and a plain JDK SAX parse of the same file (no EMF).
 */
public final class XmiBenchmark {
    /** Budgets from performance.md, defined for 100,000 elements. */
    static final int BUDGET_SIZE = 100_000;
    static final long LOAD_BUDGET_MS = 5_000;
    static final long SAVE_BUDGET_MS = 3_000;

    public record Row(int size, int elements, int objects, long generateMs, double fileMb,
                      double saveMs, double saveRefMs, double loadMs, double loadRefMs, double heapAfterLoadMb) {
        public double saveRatio() {
            return saveMs / saveRefMs;
        }

        public double loadRatio() {
            return loadMs / loadRefMs;
        }

        public String verdict() {
            if (size != BUDGET_SIZE) return "n/a";
            boolean ok = loadMs <= LOAD_BUDGET_MS && saveMs <= SAVE_BUDGET_MS;
            return (ok ? "PASS" : "FAIL") + " (load " + seconds(loadMs) + " <= 5 s, save " + seconds(saveMs) + " <= 3 s)";
        }
    }

    private final long seed;
    private final int warmups;
    private final int iterations;
    private final Path dir;

    public XmiBenchmark(long seed, int warmups, int iterations, Path dir) {
        if (warmups < 1) throw new IllegalArgumentException("warm-ups must be >= 1");
        if (iterations < 1) throw new IllegalArgumentException("iterations must be >= 1");
        this.seed = seed;
        this.warmups = warmups;
        this.iterations = iterations;
        this.dir = dir;
    }

    public Row run(int size) throws Exception {
        gc();
        long t0 = System.nanoTime();
        SystemModel model = ModelGenerator.generate(size, seed);
        long generateMs = (System.nanoTime() - t0) / 1_000_000;
        int elements = ModelGenerator.countElements(model);
        int objects = ModelGenerator.countObjects(model);
        // a model being edited lives in the store's resource, like a loaded one
        XmiCodec.attach(model);

        Path file = dir.resolve("model-" + size + ".tlm");
        Path refFile = dir.resolve("reference-" + size + ".xml");

        // save vs. plain write of the same bytes
        ModelStore.save(model, file, 0);
        byte[] bytes = Files.readAllBytes(file);
        plainWrite(bytes, refFile);
        for (int i = 1; i < warmups; i++) {
            ModelStore.save(model, file, 0);
            plainWrite(bytes, refFile);
        }
        double[] save = new double[iterations];
        double[] saveRef = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            gc();
            long s = System.nanoTime();
            ModelStore.save(model, file, 0);
            save[i] = ms(s);
            gc();
            s = System.nanoTime();
            plainWrite(bytes, refFile);
            saveRef[i] = ms(s);
        }
        double fileMb = bytes.length / 1e6;
        model = null;
        bytes = null;

        // load vs. plain SAX parse of the same file
        SystemModel loaded = ModelStore.load(file); // also checks the saved file loads at all
        saxParse(file);
        for (int i = 1; i < warmups; i++) {
            loaded = null;
            loaded = ModelStore.load(file);
            saxParse(file);
        }
        double[] load = new double[iterations];
        double[] loadRef = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            loaded = null;
            gc();
            long s = System.nanoTime();
            loaded = ModelStore.load(file);
            load[i] = ms(s);
            gc();
            s = System.nanoTime();
            saxParse(file);
            loadRef[i] = ms(s);
        }
        int loadedElements = ModelGenerator.countElements(loaded);
        if (loadedElements != elements) {
            throw new IllegalStateException("loaded " + loadedElements + " elements, saved " + elements);
        }
        gc();
        double heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
        reachabilityFence(loaded);
        Files.deleteIfExists(file);
        Files.deleteIfExists(refFile);
        return new Row(size, elements, objects, generateMs, fileMb, median(save), median(saveRef), median(load), median(loadRef), heapMb);
    }

    /** The reference for save: the same bytes written and forced to disk, no EMF. */
    static void plainWrite(byte[] bytes, Path target) throws IOException {
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) ch.write(buffer);
            ch.force(true);
        }
    }

    /** The reference for load: a namespace-aware JDK SAX parse (DOCTYPE refused, as in the store), no EMF. Returns elements seen. */
    static long saxParse(Path file) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        SAXParser parser = factory.newSAXParser();
        CountingHandler handler = new CountingHandler();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            parser.parse(in, handler);
        }
        return handler.elements + handler.attributes;
    }

    private static final class CountingHandler extends DefaultHandler {
        long elements;
        long attributes;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            elements++;
            for (int i = 0; i < atts.getLength(); i++) attributes += atts.getValue(i).length() > 0 ? 1 : 0;
        }
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static void gc() {
        for (int i = 0; i < 2; i++) System.gc();
    }

    private static void reachabilityFence(Object o) {
        java.lang.ref.Reference.reachabilityFence(o);
    }

    static String seconds(double ms) {
        return String.format(java.util.Locale.ROOT, "%.2f s", ms / 1000);
    }

    /** A markdown table of the rows. */
    public static List<String> table(List<Row> rows) {
        List<String> out = new ArrayList<>();
        out.add("| size | objects | gen ms | file MB | save ms | save ref ms | save/ref | load ms | load ref ms | load/ref "
                + "| heap after load MB | budget (100k: load <= 5 s, save <= 3 s) |");
        out.add("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (Row r : rows) {
            out.add(String.format(java.util.Locale.ROOT,
                    "| %,d | %,d | %,d | %.1f | %,.0f | %,.0f | %.1fx | %,.0f | %,.0f | %.1fx | %,.0f | %s |",
                    r.elements(), r.objects(), r.generateMs(), r.fileMb(), r.saveMs(), r.saveRefMs(), r.saveRatio(),
                    r.loadMs(), r.loadRefMs(), r.loadRatio(), r.heapAfterLoadMb(), r.verdict()));
        }
        return out;
    }
}
