package org.threatloom.web.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.threatloom.metamodel.interop.ImportException;
import org.threatloom.metamodel.interop.ImportReport;
import org.threatloom.metamodel.interop.Importers;
import org.threatloom.metamodel.io.Examples;
import org.threatloom.metamodel.io.ModelLoadException;
import org.threatloom.metamodel.io.ModelStore;
import org.threatloom.metamodel.io.XmiCodec;
import org.threatloom.model.SystemModel;
import org.threatloom.model.ThreatloomFactory;

/**
 * A folder of model files ({@code *.tlm}); a model's id is its file name without the extension, always a
 * server-made slug, so no request can name a path. Models are opened on first use and kept open.
 */
public final class Workspace {
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private final Path dir;
    private final String name;
    private final Map<String, ModelHandle> open = new ConcurrentHashMap<>();
    private final List<Consumer<ModelEvent>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Workspace(Path dir) throws IOException {
        this.dir = dir.toAbsolutePath().normalize();
        Files.createDirectories(this.dir);
        this.name = this.dir.getFileName() == null ? "workspace" : this.dir.getFileName().toString();
    }

    public Path dir() { return dir; }

    /** The name roles are granted for (the folder's name). */
    public String name() { return name; }

    /** The user's default workspace, {@code ~/.threatloom/workspace}. */
    public static Path defaultDir() {
        return Path.of(System.getProperty("user.home"), ".threatloom", "workspace");
    }

    /** Copies the bundled examples into an empty workspace; returns how many were copied. */
    public int seedExamplesIfEmpty() throws IOException {
        if (!ids().isEmpty()) return 0;
        int n = 0;
        for (String example : Examples.NAMES) {
            try {
                ModelStore.save(Examples.load(example), dir.resolve(example + ".tlm"));
                n++;
            } catch (ModelLoadException e) {
                throw new IOException("bundled example " + example + " does not load: " + e.describe(), e);
            }
        }
        return n;
    }

    public void listen(Consumer<ModelEvent> l) {
        listeners.add(l);
        open.values().forEach(h -> h.listen(l));
    }

    /** Model ids in the folder, sorted. */
    public List<String> ids() throws IOException {
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.tlm")) {
            for (Path p : ds) {
                String id = p.getFileName().toString().replaceFirst("\\.tlm$", "");
                if (ID.matcher(id).matches() && Files.isRegularFile(p)) out.add(id);
            }
        }
        out.sort(null);
        return out;
    }

    /** The open model, opening it on first use; null when there is no such model. */
    public ModelHandle get(String id) throws ModelLoadException {
        if (id == null || !ID.matcher(id).matches()) return null;
        ModelHandle h = open.get(id);
        if (h != null) return h;
        synchronized (this) {
            h = open.get(id);
            if (h != null) return h;
            Path file = dir.resolve(id + ".tlm");
            if (!Files.isRegularFile(file)) return null;
            h = new ModelHandle(id, file, ModelStore.load(file));
            for (Consumer<ModelEvent> l : listeners) h.listen(l);
            open.put(id, h);
            return h;
        }
    }

    /** Creates an empty model named {@code title}. */
    public synchronized ModelHandle create(String title) throws IOException, ModelLoadException {
        SystemModel m = ThreatloomFactory.eINSTANCE.createSystemModel();
        m.setId("system");
        m.setName(title);
        return add(m, title);
    }

    /**
     * Imports an uploaded file as a new model: Threat Dragon, Threagile, OTM or MS TMT (told from its name and content,
     * through the metamodel's importers, nothing read from disk), otherwise ThreatLoom XMI. The whole model is built
     * and checked before anything is written.
     */
    public synchronized Imported importUpload(byte[] bytes, String fileName, String title)
            throws IOException, ModelLoadException, ImportException {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
        if (Importers.detect(name, bytes) == null) return new Imported(importXmi(bytes, title), null);
        Importers.ImportResult r = Importers.read(bytes, name, null);
        String t = title != null && !title.isBlank() ? title : r.model().getName();
        return new Imported(add(r.model(), t == null || t.isBlank() ? "imported" : t), r.report());
    }

    /** A model created from an upload, with the importer's report (null for XMI). */
    public record Imported(ModelHandle handle, ImportReport report) {}

    /** Imports XMI bytes (hardened loader) as a new model. */
    public synchronized ModelHandle importXmi(byte[] xmi, String title) throws IOException, ModelLoadException {
        SystemModel m = XmiCodec.read(new ByteArrayInputStream(xmi), title == null ? "upload" : title);
        return add(m, title != null && !title.isBlank() ? title : m.getName());
    }

    private ModelHandle add(SystemModel m, String title) throws IOException, ModelLoadException {
        String id = uniqueId(slug(title));
        ModelStore.save(m, dir.resolve(id + ".tlm"));
        return get(id);
    }

    private String uniqueId(String base) throws IOException {
        List<String> taken = ids();
        String id = base;
        for (int i = 2; taken.contains(id); i++) id = base + "-" + i;
        return id;
    }

    /** A file-name-safe id from any title: lower-case ASCII letters, digits and dashes. */
    public static String slug(String title) {
        String s = title == null ? "" : Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 48) s = s.substring(0, 48).replaceAll("-+$", "");
        return s.isEmpty() ? "model" : s;
    }
}
