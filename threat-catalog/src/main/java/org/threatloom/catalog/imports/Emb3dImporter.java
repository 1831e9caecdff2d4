package org.threatloom.catalog.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threatloom.catalog.data.Catalog;
import org.threatloom.catalog.data.CatalogFiles;
import org.threatloom.catalog.data.CatalogInfo;
import org.threatloom.catalog.data.Emb3dMitigation;
import org.threatloom.catalog.data.Emb3dProperty;
import org.threatloom.catalog.data.Emb3dThreat;

/** MITRE EMB3D from its STIX 2.1 release file {@code emb3d/emb3d-stix-<version>.json} (the newest one present). */
final class Emb3dImporter {
    private static final Pattern FILE = Pattern.compile("emb3d-stix-(\\d+(?:\\.\\d+)*)\\.json");
    private static final Pattern COPYRIGHT = Pattern.compile("[\"\u201c](\u00a9[^\"\u201d]+)[\"\u201d]");

    private final Map<String, String> idByStixId = new HashMap<>();
    private final Map<String, TreeSet<String>> links = new HashMap<>();
    private final List<String> corrections = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    static ImportedCatalog run(Path catalogsRoot, Set<String> icsTechniqueIds) {
        return new Emb3dImporter().importFrom(catalogsRoot, icsTechniqueIds);
    }

    private ImportedCatalog importFrom(Path root, Set<String> icsIds) {
        String fileName = CatalogImport.newestMatching(root.resolve("emb3d"), FILE);
        Matcher fm = FILE.matcher(fileName);
        fm.matches();
        String rel = "emb3d/" + fileName;
        List<JsonNode> all = Stix.objects(Stix.read(root.resolve(rel)));
        for (JsonNode o : all) {
            String id = firstText(o, "x_mitre_emb3d_threat_id", "x_mitre_emb3d_mitigation_id", "x_mitre_emb3d_property_id");
            if (id != null) {
                idByStixId.put(o.get("id").asText(), id);
            }
        }
        String parentKey = "subproperty-of";
        for (JsonNode r : all) {
            if ("relationship".equals(Stix.text(r, "type"))) {
                String s = idByStixId.get(Stix.text(r, "source_ref"));
                String t = idByStixId.get(Stix.text(r, "target_ref"));
                if (s == null || t == null) {
                    throw new ImportException(r.path("id").asText() + ": dangling relationship");
                }
                links.computeIfAbsent(Stix.text(r, "relationship_type") + "|" + s, k -> new TreeSet<>()).add(t);
            }
        }
        List<Emb3dThreat> threats = new ArrayList<>();
        List<Emb3dMitigation> mitigations = new ArrayList<>();
        List<Emb3dProperty> properties = new ArrayList<>();
        for (JsonNode o : all) {
            String id = idByStixId.get(o.path("id").asText());
            String description = Text.firstParagraph(Stix.text(o, "description"), Text.DESCRIPTION_LIMIT);
            switch (String.valueOf(Stix.text(o, "type"))) {
                case "vulnerability" -> threats.add(threat(id, o, description, icsIds));
                case "course-of-action" -> mitigations.add(new Emb3dMitigation(id, Stix.text(o, "name"), description,
                        Stix.text(o, "x_mitre_emb3d_mitigation_maturity"), Sorting.ids(Iec62443.fromEmb3dMappings(id,
                        Stix.text(o, "x_mitre_emb3d_mitigation_IEC_62443_mappings"))), linked("mitigates", id)));
                case "x-mitre-emb3d-property" -> properties.add(property(id, o, linked(parentKey, id)));
                default -> { }
            }
        }
        UpstreamSource src = UpstreamSource.read(root.resolve("emb3d/SOURCE.md"));
        List<String> licence = src.section("Licence");
        List<String> copyright = new ArrayList<>();
        Matcher c = COPYRIGHT.matcher(String.join("\n", licence));
        while (c.find()) {
            copyright.add(c.group(1).strip());
        }
        Map<String, Integer> counts = new TreeMap<>();
        counts.put("threats", threats.size());
        counts.put("mitigations", mitigations.size());
        counts.put("properties", properties.size());
        counts.put("mitigatesLinks", mitigations.stream().mapToInt(m -> m.mitigates().size()).sum());
        counts.put("relatesToLinks", properties.stream().mapToInt(p -> p.threats().size()).sum());
        counts.put("subpropertyLinks", (int) properties.stream().filter(p -> p.parent() != null).count());
        counts.put("distinctCweIds", distinct(threats, Emb3dThreat::weaknesses));
        counts.put("distinctIcsTechniqueIds", distinct(threats, Emb3dThreat::icsTechniques));
        counts.put("corrections", corrections.size());
        CatalogInfo info = new CatalogInfo(Catalog.EMB3D, src.title(), fm.group(1),
                src.date("Last commit touching").orElse(null), src.url("Source repository").orElse(null),
                "assets/" + fileName, src.commit("Last commit touching").orElse(null),
                "MITRE EMB3D terms of use (LICENSE.txt, quoted from the EMB3D site)", copyright,
                List.of("Reproduce MITRE's copyright designation and this licence in any copy.",
                        "Provide MITRE notice of such use at EMB3D@mitre.org.",
                        "Do not include a charge for EMB3D in any sales or license of derivative products or services"
                                + " to the U.S. Government.",
                        "The grant covers internal business purposes or commercial use; for all other uses contact"
                                + " techtransfer@mitre.org."),
                Map.of(rel, Checksums.file(root.resolve(rel))), counts, corrections, notes);
        Map<String, List<?>> out = new LinkedHashMap<>();
        out.put(CatalogFiles.EMB3D_THREATS, Sorting.byId(threats, Emb3dThreat::id));
        out.put(CatalogFiles.EMB3D_MITIGATIONS, Sorting.byId(mitigations, Emb3dMitigation::id));
        out.put(CatalogFiles.EMB3D_PROPERTIES, Sorting.byId(properties, Emb3dProperty::id));
        String text = "Terms of use of " + src.title() + ", quoted verbatim from the \"Licence / terms of use\""
                + " section of the upstream SOURCE.md (source: the EMB3D site, subtabs/terms-of-use.html).\n\n"
                + String.join("\n", licence) + "\n";
        return new ImportedCatalog(info, out, text.getBytes(StandardCharsets.UTF_8), src.tableLines());
    }

    private Emb3dThreat threat(String id, JsonNode o, String description, Set<String> icsIds) {
        List<String> ics = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String t : Emb3dMarkdown.attackIds(Stix.text(o, "x_mitre_emb3d_threat_evidence"))) {
            if (t.startsWith("T0")) {
                if (!icsIds.contains(t)) {
                    throw new ImportException(id + ": evidence names ICS technique " + t + ", not an active one");
                }
                ics.add(t);
            } else {
                other.add(t);
            }
        }
        return new Emb3dThreat(id, Stix.text(o, "name"), description, Stix.text(o, "x_mitre_emb3d_threat_category"),
                Stix.text(o, "x_mitre_emb3d_threat_maturity"),
                Emb3dMarkdown.cweIds(id, Stix.text(o, "x_mitre_emb3d_threat_CWEs"), corrections, notes), ics, other,
                Emb3dMarkdown.cveIds(Stix.text(o, "x_mitre_emb3d_threat_CVEs")));
    }

    private Emb3dProperty property(String id, JsonNode o, List<String> parents) {
        boolean sub = o.path("is_subproperty").asBoolean(false);
        if (parents.size() > 1 || sub != (parents.size() == 1)) {
            throw new ImportException(id + ": is_subproperty=" + sub + " but parents " + parents);
        }
        return new Emb3dProperty(id, Stix.text(o, "name"), Stix.text(o, "category"),
                parents.isEmpty() ? null : parents.get(0), linked("relates-to", id));
    }

    private List<String> linked(String kind, String sourceId) {
        return Sorting.ids(links.getOrDefault(kind + "|" + sourceId, new TreeSet<>()));
    }

    private static int distinct(List<Emb3dThreat> threats, java.util.function.Function<Emb3dThreat, List<String>> f) {
        return (int) threats.stream().flatMap(t -> f.apply(t).stream()).distinct().count();
    }

    private static String firstText(JsonNode o, String... fields) {
        for (String f : fields) {
            String v = Stix.text(o, f);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
