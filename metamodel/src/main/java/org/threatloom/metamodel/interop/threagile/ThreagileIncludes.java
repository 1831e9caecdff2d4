package org.threatloom.metamodel.interop.threagile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.threatloom.metamodel.interop.ImportException;
import org.threatloom.metamodel.interop.Importers;
import org.threatloom.metamodel.interop.SourceNode;
import org.threatloom.metamodel.interop.YamlTree;

/**
 * Threagile's {@code includes: [file, ...]}: each file is a model fragment merged into the including one. Paths are
 * relative to the including file and must stay inside the main file's folder (after following links); absolute
 * paths, cycles, more than {@link #MAX_FILES} files or more than {@link Importers#MAX_BYTES} in all are refused.
 * Merging: mappings (data_assets, technical_assets, ...) add their entries, a key defined twice is an error naming
 * both places; lists are appended; a single value in the including file wins.
 */
final class ThreagileIncludes {
    static final int MAX_FILES = 64;
    private final Path base;
    private final Set<Path> seen = new HashSet<>();
    private long bytes;

    private ThreagileIncludes(Path base) {
        this.base = base;
    }

    /** The main file's document with every include merged in; without a file (an upload) includes are refused. */
    static SourceNode load(Path file, byte[] content, String name) throws ImportException {
        if (file == null) {
            SourceNode doc = YamlTree.parse(content, name);
            if (doc.isObject() && !doc.get("includes").absent()) {
                throw doc.get("includes").error("includes cannot be followed in an uploaded model; import it with the CLI "
                        + "(threatloom import) from its folder, or merge the included files into one");
            }
            return doc;
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new ImportException(name, "cannot read: " + e.getMessage());
        }
        ThreagileIncludes includes = new ThreagileIncludes(real.getParent());
        includes.seen.add(real);
        includes.bytes = content.length;
        return includes.resolve(YamlTree.parse(content, name), real, name);
    }

    private SourceNode resolve(SourceNode doc, Path file, String name) throws ImportException {
        if (!doc.isObject()) throw doc.error("expected a Threagile model (a mapping), found " + doc.describeKind());
        SourceNode list = doc.get("includes");
        if (list.absent()) return doc;
        Map<String, SourceNode> merged = new LinkedHashMap<>(doc.fields());
        merged.remove("includes");
        for (SourceNode item : list.items()) {
            String rel = item.text();
            if (rel == null || rel.isBlank()) throw item.error("an include must name a file");
            Path target = include(item, file, rel);
            byte[] content = Importers.bytes(target);
            bytes += content.length;
            if (bytes > Importers.MAX_BYTES) throw item.error("includes exceed " + Importers.MAX_BYTES + " bytes in all");
            String displayName = base.relativize(target).toString();
            SourceNode included = resolve(YamlTree.parse(content, displayName), target, displayName);
            merge(merged, included);
        }
        return SourceNode.object(name, "", doc.line(), doc.column(), new LinkedHashMap<>(merged));
    }

    private Path include(SourceNode item, Path from, String rel) throws ImportException {
        Path p = Path.of(rel);
        if (p.isAbsolute() || rel.startsWith("/") || rel.startsWith("\\")) {
            throw item.error("include '" + rel + "' is an absolute path; includes must be relative to the model's folder");
        }
        Path resolved = from.getParent().resolve(p).normalize();
        if (!resolved.startsWith(base)) throw item.error("include '" + rel + "' points outside the model's folder");
        Path real;
        try {
            real = resolved.toRealPath();
        } catch (IOException e) {
            throw item.error("include '" + rel + "' cannot be read: no such file");
        }
        if (!real.startsWith(base)) throw item.error("include '" + rel + "' points outside the model's folder (through a link)");
        if (!seen.add(real)) throw item.error("include '" + rel + "' is included twice (a cycle?)");
        if (seen.size() > MAX_FILES) throw item.error("more than " + MAX_FILES + " included files");
        return real;
    }

    private static void merge(Map<String, SourceNode> into, SourceNode included) throws ImportException {
        for (Map.Entry<String, SourceNode> e : included.fields().entrySet()) {
            SourceNode mine = into.get(e.getKey()), theirs = e.getValue();
            if (mine == null || mine.absent()) {
                into.put(e.getKey(), theirs);
            } else if (mine.isObject() && theirs.isObject()) {
                LinkedHashMap<String, SourceNode> both = new LinkedHashMap<>(mine.fields());
                for (Map.Entry<String, SourceNode> t : theirs.fields().entrySet()) {
                    SourceNode before = both.putIfAbsent(t.getKey(), t.getValue());
                    if (before != null) {
                        throw t.getValue().error("'" + t.getKey() + "' is already defined in " + before.file() + " at line " + before.line());
                    }
                }
                into.put(e.getKey(), SourceNode.object(mine.file(), mine.pointer().equals("/") ? "" : mine.pointer(), mine.line(), mine.column(), both));
            } else if (mine.isArray() && theirs.isArray()) {
                List<SourceNode> all = new ArrayList<>(mine.items());
                all.addAll(theirs.items());
                into.put(e.getKey(), SourceNode.array(mine.file(), mine.pointer(), mine.line(), mine.column(), all));
            }
            // a single value in the including file wins
        }
    }
}
