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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threatloom.catalog.data.Catalog;
import org.threatloom.catalog.data.CatalogFiles;
import org.threatloom.catalog.data.CatalogInfo;
import org.threatloom.catalog.data.IcsAsset;
import org.threatloom.catalog.data.IcsMitigation;
import org.threatloom.catalog.data.IcsTactic;
import org.threatloom.catalog.data.IcsTechnique;

/** ATT&CK for ICS from mitre/cti {@code ics-attack/ics-attack.json}; only active (not revoked/deprecated) objects. */
final class IcsImporter {
    static final String FILE = "attack-ics/ics-attack.json";
    private static final Pattern VERSION = Pattern.compile("\\bv(\\d+(?:\\.\\d+)*)\\b");
    private static final Pattern LICENCE_COPYRIGHT = Pattern.compile("\"(\u00a9[^\"]+)\"");

    private final Map<String, JsonNode> byStixId = new HashMap<>();
    private final Map<String, String> attackIdByStixId = new HashMap<>();
    private final Map<String, TreeSet<String>> targets = new HashMap<>();
    private final Map<String, TreeSet<String>> mitigates = new HashMap<>();

    static ImportedCatalog run(Path catalogsRoot) {
        return new IcsImporter().importFrom(catalogsRoot);
    }

    private ImportedCatalog importFrom(Path root) {
        List<JsonNode> all = Stix.objects(Stix.read(root.resolve(FILE)));
        for (JsonNode o : all) {
            byStixId.put(o.path("id").asText(), o);
            if (!Stix.revokedOrDeprecated(o)) {
                Stix.externalId(o, "mitre-attack").ifPresent(id -> attackIdByStixId.put(o.get("id").asText(), id));
            }
        }
        relationships(all);
        List<IcsTactic> tactics = tactics(all);
        Map<String, String> tacticByShortName = new HashMap<>();
        tactics.forEach(t -> tacticByShortName.put(t.shortName(), t.id()));

        List<IcsTechnique> techniques = new ArrayList<>();
        List<IcsMitigation> mitigations = new ArrayList<>();
        List<IcsAsset> assets = new ArrayList<>();
        int inactiveTechniques = 0;
        for (JsonNode o : all) {
            String type = Stix.text(o, "type");
            String id = attackIdByStixId.get(o.path("id").asText());
            if ("attack-pattern".equals(type) && id == null) {
                inactiveTechniques++;
            }
            if (id == null) {
                continue;
            }
            String stixId = o.get("id").asText();
            String description = Text.firstParagraph(Stix.text(o, "description"), Text.DESCRIPTION_LIMIT);
            switch (String.valueOf(type)) {
                case "attack-pattern" -> techniques.add(new IcsTechnique(id, Stix.text(o, "name"), description,
                        tacticIds(id, o, tacticByShortName), Sorting.ids(targets.getOrDefault(stixId, new TreeSet<>()))));
                case "course-of-action" -> mitigations.add(new IcsMitigation(id, Stix.text(o, "name"), description,
                        Sorting.ids(mitigates.getOrDefault(stixId, new TreeSet<>())),
                        Sorting.ids(Iec62443.fromAttackLabels(id, Stix.strings(o, "labels")))));
                case "x-mitre-asset" -> assets.add(new IcsAsset(id, Stix.text(o, "name"), description,
                        Sorting.ids(Stix.strings(o, "x_mitre_sectors"))));
                default -> { }
            }
        }
        UpstreamSource src = UpstreamSource.read(root.resolve("attack-ics/SOURCE.md"));
        Matcher v = VERSION.matcher(src.title());
        if (!v.find()) {
            throw new ImportException("attack-ics/SOURCE.md: no version (vNN.N) in the title: " + src.title());
        }
        byte[] licence = CatalogImport.readBytes(root.resolve("attack-ics/LICENSE.txt"));
        List<String> copyright = new ArrayList<>(Stix.markingStatements(all));
        Matcher c = LICENCE_COPYRIGHT.matcher(new String(licence, java.nio.charset.StandardCharsets.UTF_8));
        if (c.find()) {
            copyright.add(c.group(1));
        }
        Map<String, Integer> counts = new TreeMap<>();
        counts.put("techniques", techniques.size());
        counts.put("tactics", tactics.size());
        counts.put("mitigations", mitigations.size());
        counts.put("assets", assets.size());
        counts.put("targetsLinks", techniques.stream().mapToInt(t -> t.assets().size()).sum());
        counts.put("mitigatesLinks", mitigations.stream().mapToInt(m -> m.mitigates().size()).sum());
        counts.put("revokedOrDeprecatedTechniquesLeftOut", inactiveTechniques);
        List<String> notes = new ArrayList<>();
        notes.add("Only active objects are shipped (not revoked, not x_mitre_deprecated): " + inactiveTechniques
                + " techniques left out.");
        notes.add("iec62443 ids come from the mitigations' labels (\"IEC 62443-3-3:2013 - SR 1.1\", "
                + "\"IEC 62443-4-2:2019 - CR 1.1\"); NIST SP 800-53 labels are not shipped. "
                + mitigations.stream().filter(m -> !m.iec62443().isEmpty()).count() + " of " + mitigations.size()
                + " mitigations cite IEC 62443.");
        notes.add("Techniques carry no CAPEC or CWE references; x_mitre_platforms is not shipped (use assets).");
        CatalogInfo info = new CatalogInfo(Catalog.ATTACK_ICS, src.title(), v.group(1),
                src.date("Last commit touching").orElse(null), src.url("Source repository").orElse(null),
                src.code("Path").orElse(null), src.commit("Last commit touching").orElse(null),
                "MITRE ATT&CK licence (LICENSE.txt, the mitre/cti licence)", copyright,
                List.of("Reproduce MITRE's copyright designation and the licence (LICENSE.txt) in any copy."),
                Map.of(FILE, Checksums.file(root.resolve(FILE))), counts, List.of(), notes);
        Map<String, List<?>> out = new LinkedHashMap<>();
        out.put(CatalogFiles.ICS_TECHNIQUES, Sorting.byId(techniques, IcsTechnique::id));
        out.put(CatalogFiles.ICS_TACTICS, tactics);
        out.put(CatalogFiles.ICS_MITIGATIONS, Sorting.byId(mitigations, IcsMitigation::id));
        out.put(CatalogFiles.ICS_ASSETS, Sorting.byId(assets, IcsAsset::id));
        return new ImportedCatalog(info, out, licence, src.tableLines());
    }

    private void relationships(List<JsonNode> all) {
        for (JsonNode r : all) {
            if (!"relationship".equals(Stix.text(r, "type")) || Stix.revokedOrDeprecated(r)) {
                continue;
            }
            String kind = Stix.text(r, "relationship_type");
            String source = Stix.text(r, "source_ref");
            String target = attackIdByStixId.get(Stix.text(r, "target_ref"));
            boolean activeSource = attackIdByStixId.containsKey(source);
            if ("targets".equals(kind) && activeSource && target != null) {
                targets.computeIfAbsent(source, k -> new TreeSet<>()).add(target);
            } else if ("mitigates".equals(kind) && activeSource && target != null) {
                mitigates.computeIfAbsent(source, k -> new TreeSet<>()).add(target);
            }
        }
    }

    private List<IcsTactic> tactics(List<JsonNode> all) {
        List<String> order = new ArrayList<>();
        for (JsonNode o : all) {
            if ("x-mitre-matrix".equals(Stix.text(o, "type")) && !Stix.revokedOrDeprecated(o)) {
                order.addAll(Stix.strings(o, "tactic_refs"));
            }
        }
        List<IcsTactic> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            JsonNode t = byStixId.get(order.get(i));
            if (t == null || !attackIdByStixId.containsKey(order.get(i))) {
                throw new ImportException("ICS matrix names unknown tactic " + order.get(i));
            }
            out.add(new IcsTactic(attackIdByStixId.get(order.get(i)), Stix.text(t, "name"),
                    Stix.text(t, "x_mitre_shortname"), i + 1));
        }
        return Sorting.byId(out, IcsTactic::id);
    }

    private static List<String> tacticIds(String owner, JsonNode technique, Map<String, String> byShortName) {
        List<String> ids = new ArrayList<>();
        for (JsonNode phase : technique.path("kill_chain_phases")) {
            if ("mitre-ics-attack".equals(phase.path("kill_chain_name").asText())) {
                String id = byShortName.get(phase.path("phase_name").asText());
                if (id == null) {
                    throw new ImportException(owner + ": unknown tactic " + phase.path("phase_name").asText());
                }
                ids.add(id);
            }
        }
        return Sorting.ids(ids);
    }
}
