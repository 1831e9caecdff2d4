package org.threatloom.catalog.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.threatloom.catalog.data.AttackPattern;
import org.threatloom.catalog.data.Catalog;
import org.threatloom.catalog.data.CatalogFiles;
import org.threatloom.catalog.data.CatalogInfo;
import org.threatloom.catalog.data.CapecMitigation;

/** CAPEC from mitre/cti {@code capec/2.1} (STIX 2.1, one bundle per object, all files under {@code stix-2.1/}). */
final class CapecImporter {
    static final String TREE = "capec/stix-2.1";

    private final Map<String, JsonNode> objects = new TreeMap<>();
    private final Map<String, String> capecIdByStixId = new HashMap<>();

    static ImportedCatalog run(Path catalogsRoot) {
        return new CapecImporter().importFrom(catalogsRoot);
    }

    private ImportedCatalog importFrom(Path root) {
        List<String> files = Checksums.filesUnder(root, TREE);
        for (String f : files) {
            if (f.endsWith(".json")) {
                Stix.objects(Stix.read(root.resolve(f))).forEach(o -> add(f, o));
            }
        }
        List<JsonNode> patterns = ofType("attack-pattern");
        for (JsonNode p : patterns) {
            String id = Stix.externalId(p, "capec")
                    .orElseThrow(() -> new ImportException(p.path("id").asText() + ": no CAPEC id"));
            capecIdByStixId.put(p.get("id").asText(), id);
        }
        List<AttackPattern> aps = Sorting.byId(patterns.stream().map(this::pattern).toList(), AttackPattern::id);
        List<CapecMitigation> mitigations = mitigations();
        String version = singleVersion(patterns);
        UpstreamSource src = UpstreamSource.read(root.resolve("capec/SOURCE.md"));

        Map<String, Integer> counts = new TreeMap<>();
        counts.put("attackPatterns", aps.size());
        counts.put("activeAttackPatterns", (int) aps.stream().filter(AttackPattern::isActive).count());
        counts.put("deprecatedAttackPatterns", (int) aps.stream().filter(a -> "Deprecated".equals(a.status())).count());
        counts.put("obsoleteAttackPatterns", (int) aps.stream().filter(a -> "Obsolete".equals(a.status())).count());
        counts.put("mitigations", mitigations.size());
        counts.put("mitigatesLinks", mitigations.stream().mapToInt(m -> m.mitigates().size()).sum());
        counts.put("weaknessLinks", aps.stream().mapToInt(a -> a.weaknesses().size()).sum());
        counts.put("upstreamFiles", files.size());

        List<String> notes = new ArrayList<>();
        List<String> dupNames = duplicateNames();
        if (!dupNames.isEmpty()) {
            notes.add(dupNames.size() + " mitigation names occur on two different STIX objects upstream ("
                    + String.join(", ", dupNames) + "); their ids get '#' and the first 8 hex digits of the STIX id.");
        }
        notes.add("ATT&CK ids in attackTechniques are Enterprise ids; CAPEC cites no ATT&CK for ICS ids.");
        CatalogInfo info = new CatalogInfo(Catalog.CAPEC, src.title(), version,
                src.date("Last commit touching").orElse(null),
                src.url("Source repository").orElse(null), src.code("Path").orElse(null),
                src.commit("Last commit touching").orElse(null),
                "MITRE CAPEC licence (LICENSE.txt, the mitre/cti licence)",
                Stix.markingStatements(ofType("marking-definition")),
                List.of("Reproduce MITRE's copyright designation and the licence (LICENSE.txt) in any copy."),
                Map.of(TREE + Checksums.TREE_SUFFIX, Checksums.tree(root, TREE)),
                counts, List.of(), notes);
        Map<String, List<?>> out = new LinkedHashMap<>();
        out.put(CatalogFiles.CAPEC_ATTACK_PATTERNS, aps);
        out.put(CatalogFiles.CAPEC_MITIGATIONS, mitigations);
        return new ImportedCatalog(info, out, CatalogImport.readBytes(root.resolve("capec/LICENSE.txt")),
                src.tableLines());
    }

    private void add(String file, JsonNode o) {
        String id = o.path("id").asText();
        JsonNode prev = objects.putIfAbsent(id, o);
        if (prev != null && !prev.equals(o)) {
            throw new ImportException(file + ": STIX object " + id + " occurs twice with different content");
        }
    }

    private List<JsonNode> ofType(String type) {
        return objects.values().stream().filter(o -> type.equals(Stix.text(o, "type"))).toList();
    }

    private AttackPattern pattern(JsonNode p) {
        String id = capecIdByStixId.get(p.get("id").asText());
        List<String> prerequisites = Stix.strings(p, "x_capec_prerequisites").stream()
                .map(s -> Text.plain(s, Text.ITEM_LIMIT)).filter(s -> s != null).toList();
        return new AttackPattern(id, Stix.text(p, "name"),
                Text.firstParagraph(Stix.text(p, "description"), Text.DESCRIPTION_LIMIT),
                Stix.text(p, "x_capec_status"), Stix.text(p, "x_capec_abstraction"),
                Stix.text(p, "x_capec_likelihood_of_attack"), Stix.text(p, "x_capec_typical_severity"),
                Sorting.ids(Stix.strings(p, "x_capec_domains")), prerequisites,
                Sorting.ids(Stix.externalIds(p, "cwe")), Sorting.ids(Stix.externalIds(p, "ATTACK")),
                refs(id, p, "x_capec_child_of_refs"), refs(id, p, "x_capec_parent_of_refs"),
                refs(id, p, "x_capec_can_precede_refs"), refs(id, p, "x_capec_can_follow_refs"),
                refs(id, p, "x_capec_peer_of_refs"));
    }

    private List<String> refs(String owner, JsonNode p, String field) {
        List<String> out = new ArrayList<>();
        for (String stixId : Stix.strings(p, field)) {
            String id = capecIdByStixId.get(stixId);
            if (id == null) {
                throw new ImportException(owner + ": " + field + " names unknown " + stixId);
            }
            out.add(id);
        }
        return Sorting.ids(out);
    }

    private List<CapecMitigation> mitigations() {
        Map<String, TreeSet<String>> targets = new HashMap<>();
        for (JsonNode r : ofType("relationship")) {
            if (!"mitigates".equals(Stix.text(r, "relationship_type"))) {
                continue;
            }
            String target = capecIdByStixId.get(Stix.text(r, "target_ref"));
            if (target == null || !objects.containsKey(Stix.text(r, "source_ref"))) {
                throw new ImportException(r.path("id").asText() + ": dangling mitigates relationship");
            }
            targets.computeIfAbsent(Stix.text(r, "source_ref"), k -> new TreeSet<>()).add(target);
        }
        List<String> dup = duplicateNames();
        List<CapecMitigation> out = new ArrayList<>();
        for (JsonNode c : ofType("course-of-action")) {
            String stixId = c.get("id").asText();
            String name = Stix.text(c, "name");
            String id = dup.contains(name) ? name + "#" + stixId.substring(stixId.indexOf("--") + 2).substring(0, 8) : name;
            out.add(new CapecMitigation(id, name, Text.plain(Stix.text(c, "description"), Text.DESCRIPTION_LIMIT),
                    Sorting.ids(targets.getOrDefault(stixId, new TreeSet<>()))));
        }
        return Sorting.byId(out, CapecMitigation::id);
    }

    private List<String> duplicateNames() {
        return Sorting.ids(ofType("course-of-action").stream()
                .collect(Collectors.groupingBy(c -> Stix.text(c, "name"), Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList());
    }

    private static String singleVersion(List<JsonNode> patterns) {
        TreeSet<String> versions = patterns.stream().map(p -> String.valueOf(Stix.text(p, "x_capec_version")))
                .collect(Collectors.toCollection(TreeSet::new));
        if (versions.size() != 1 || versions.first().equals("null")) {
            throw new ImportException("CAPEC: expected one x_capec_version, found " + versions);
        }
        return versions.first();
    }
}
