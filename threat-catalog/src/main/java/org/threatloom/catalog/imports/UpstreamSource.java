package org.threatloom.catalog.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The provenance an upstream catalog folder records in its {@code SOURCE.md}: the title, the "Where it came
 * from" table (repository, path, commit) and the licence section. Only these are read; the data comes from
 * the catalog files themselves.
 */
final class UpstreamSource {
    private static final Pattern URL = Pattern.compile("https?://[^\\s)>|`]+");
    private static final Pattern COMMIT = Pattern.compile("\\b[0-9a-f]{40}\\b");
    private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private final String title;
    private final List<String> tableLines;
    private final Map<String, String> rows;
    private final List<String> lines;

    private UpstreamSource(String title, List<String> tableLines, Map<String, String> rows, List<String> lines) {
        this.title = title;
        this.tableLines = tableLines;
        this.rows = rows;
        this.lines = lines;
    }

    static UpstreamSource read(Path sourceMd) {
        List<String> lines;
        try {
            lines = Files.readAllLines(sourceMd, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceMd, e);
        }
        String title = lines.stream().filter(l -> l.startsWith("# ")).findFirst()
                .map(l -> l.substring(2).strip()).orElseThrow(() -> new ImportException(sourceMd + ": no title"));
        List<String> table = new ArrayList<>();
        Map<String, String> rows = new LinkedHashMap<>();
        for (String l : section(lines, "Where it came from")) {
            if (!l.startsWith("|")) {
                continue;
            }
            table.add(l);
            String[] cells = l.split("\\|", -1);
            if (cells.length >= 4 && !cells[1].isBlank() && !cells[1].strip().startsWith("---")) {
                rows.put(cells[1].strip(), cells[2].strip());
            }
        }
        return new UpstreamSource(title, List.copyOf(table), rows, List.copyOf(lines));
    }

    String title() {
        return title;
    }

    /** The provenance table, verbatim. */
    List<String> tableLines() {
        return tableLines;
    }

    /** The body of the first {@code ## } section whose heading starts with {@code heading}, verbatim. */
    List<String> section(String heading) {
        return section(lines, heading);
    }

    Optional<String> row(String... keyPrefixes) {
        for (String prefix : keyPrefixes) {
            for (Map.Entry<String, String> e : rows.entrySet()) {
                if (e.getKey().startsWith(prefix)) {
                    return Optional.of(e.getValue());
                }
            }
        }
        return Optional.empty();
    }

    Optional<String> url(String... keyPrefixes) {
        return row(keyPrefixes).flatMap(v -> first(URL, v, 0));
    }

    Optional<String> commit(String... keyPrefixes) {
        return row(keyPrefixes).flatMap(v -> first(COMMIT, v, 0));
    }

    Optional<String> date(String... keyPrefixes) {
        return row(keyPrefixes).flatMap(v -> first(DATE, v, 0));
    }

    Optional<String> code(String... keyPrefixes) {
        return row(keyPrefixes).flatMap(v -> first(CODE, v, 1));
    }

    private static Optional<String> first(Pattern p, String s, int group) {
        Matcher m = p.matcher(s);
        return m.find() ? Optional.of(m.group(group)) : Optional.empty();
    }

    private static List<String> section(List<String> lines, String heading) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String l : lines) {
            if (l.startsWith("## ")) {
                if (in) {
                    break;
                }
                in = l.substring(3).strip().startsWith(heading);
                continue;
            }
            if (in) {
                out.add(l);
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        while (!out.isEmpty() && out.get(0).isBlank()) {
            out.remove(0);
        }
        return out;
    }
}
