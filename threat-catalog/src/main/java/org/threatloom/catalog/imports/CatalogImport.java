package org.threatloom.catalog.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.threatloom.catalog.data.AttackPattern;
import org.threatloom.catalog.data.CatalogFiles;
import org.threatloom.catalog.data.CatalogInfo;
import org.threatloom.catalog.data.CatalogManifest;
import org.threatloom.catalog.data.Emb3dThreat;
import org.threatloom.catalog.data.Ids;
import org.threatloom.catalog.data.IcsTechnique;

/**
 * Builds the shipped catalog data from the unmodified upstream catalogs.
 *
 * <pre>
 * CatalogImport &lt;upstream catalogs folder&gt; &lt;output folder&gt;
 * </pre>
 * The upstream folder has the layout of {@code shared/catalogs} ({@code capec/stix-2.1/**},
 * {@code attack-ics/ics-attack.json}, {@code emb3d/emb3d-stix-*.json}, {@code cwe/cwec_v*.xml},
 * {@code pytm/threats.json}, each with its SOURCE.md). Output is deterministic: the same input gives the same bytes.
 */
public final class CatalogImport {
    static final String PYTM_FILE = "pytm/threats.json";
    private static final Pattern PYTM_CWE = Pattern.compile("cwe\\.mitre\\.org/data/definitions/(\\d+)\\.html|\\bCWE-(\\d+)\\b");

    private CatalogImport() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: CatalogImport <upstream catalogs folder> <output folder>");
            System.exit(2);
        }
        long start = System.nanoTime();
        List<CatalogInfo> infos = run(Path.of(args[0]), Path.of(args[1]));
        for (CatalogInfo i : infos) {
            System.out.println(i.catalog().displayName() + " " + i.version() + ": " + new java.util.TreeMap<>(i.counts()));
        }
        System.out.printf("written to %s in %d ms%n", Path.of(args[1]).toAbsolutePath().normalize(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Imports every catalog from {@code upstream} and (re)writes the shipped files under {@code out}. */
    public static List<CatalogInfo> run(Path upstream, Path out) {
        if (!Files.isDirectory(upstream)) {
            throw new ImportException("upstream catalogs folder not found: " + upstream.toAbsolutePath());
        }
        ImportedCatalog capec = CapecImporter.run(upstream);
        ImportedCatalog ics = IcsImporter.run(upstream);
        Set<String> icsIds = records(ics, CatalogFiles.ICS_TECHNIQUES, IcsTechnique.class).stream()
                .map(IcsTechnique::id).collect(Collectors.toSet());
        ImportedCatalog emb3d = Emb3dImporter.run(upstream, icsIds);

        Map<String, Set<String>> citations = new LinkedHashMap<>();
        citations.put("CAPEC", collect(records(capec, CatalogFiles.CAPEC_ATTACK_PATTERNS, AttackPattern.class)
                .stream().flatMap(a -> a.weaknesses().stream())));
        citations.put("EMB3D", collect(records(emb3d, CatalogFiles.EMB3D_THREATS, Emb3dThreat.class)
                .stream().flatMap(t -> t.weaknesses().stream())));
        if (Files.isRegularFile(upstream.resolve(PYTM_FILE))) {
            citations.put("PYTM", pytmCitations(upstream.resolve(PYTM_FILE)));
        }
        ImportedCatalog cwe = CweImporter.run(upstream, citations);
        List<ImportedCatalog> all = List.of(capec, ics, emb3d, cwe);
        write(out, all);
        return all.stream().map(ImportedCatalog::info).toList();
    }

    private static void write(Path out, List<ImportedCatalog> catalogs) {
        try {
            Files.createDirectories(out);
            for (ImportedCatalog c : catalogs) {
                Path dir = out.resolve(c.info().catalog().folder());
                Files.createDirectories(dir);
                try (Stream<Path> old = Files.list(dir)) {
                    for (Path p : old.filter(Files::isRegularFile).toList()) {
                        Files.delete(p);
                    }
                }
                for (Map.Entry<String, List<?>> f : c.files().entrySet()) {
                    Files.write(out.resolve(f.getKey()), JsonOut.recordsPerLine(f.getValue()));
                }
                Files.write(dir.resolve(CatalogFiles.LICENSE), c.licence());
                Files.writeString(dir.resolve(CatalogFiles.SOURCE), NoticeWriter.source(c), StandardCharsets.UTF_8);
            }
            List<CatalogInfo> infos = catalogs.stream().map(ImportedCatalog::info).toList();
            Files.write(out.resolve(CatalogFiles.MANIFEST),
                    JsonOut.pretty(new CatalogManifest(CatalogManifest.FORMAT, CatalogImport.class.getName(), infos)));
            Files.writeString(out.resolve(CatalogFiles.NOTICE), NoticeWriter.notice(catalogs), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    private static <T> List<T> records(ImportedCatalog c, String file, Class<T> type) {
        return c.files().get(file).stream().map(type::cast).toList();
    }

    private static Set<String> collect(Stream<String> ids) {
        return ids.collect(Collectors.toCollection(() -> new TreeSet<>(Ids.NATURAL)));
    }

    /** CWE ids in the {@code references} of OWASP pytm's threat library. */
    static Set<String> pytmCitations(Path threatsJson) {
        Set<String> ids = new TreeSet<>(Ids.NATURAL);
        for (JsonNode t : Stix.read(threatsJson)) {
            Matcher m = PYTM_CWE.matcher(t.path("references").asText(""));
            while (m.find()) {
                ids.add("CWE-" + (m.group(1) != null ? m.group(1) : m.group(2)));
            }
        }
        return ids;
    }

    static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The file in {@code dir} matching {@code pattern} (group 1 = version) with the highest version. */
    static String newestMatching(Path dir, Pattern pattern) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> pattern.matcher(n).matches()).forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return names.stream().max((a, b) -> Ids.NATURAL.compare(version(pattern, a), version(pattern, b)))
                .orElseThrow(() -> new ImportException("no file matching " + pattern + " in " + dir));
    }

    private static String version(Pattern p, String name) {
        Matcher m = p.matcher(name);
        return m.matches() ? m.group(1) : name;
    }
}
