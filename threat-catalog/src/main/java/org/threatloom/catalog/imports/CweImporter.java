package org.threatloom.catalog.imports;

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
import org.threatloom.catalog.data.Weakness;
import org.threatloom.catalog.data.WeaknessCategory;
import org.w3c.dom.Element;

/**
 * The CWE subset ThreatLoom needs, from the full catalog XML {@code cwe/cwec_v<version>.xml}: every weakness of the
 * Hardware Design view (CWE-1194, membership through the view's categories) plus every id another shipped catalog
 * cites ({@code citations}: source name to CWE ids). Cited ids that are categories are shipped as categories.
 */
final class CweImporter {
    static final String HARDWARE_VIEW = "1194";
    static final String HARDWARE_VIEW_SOURCE = "CWE-" + HARDWARE_VIEW;
    private static final Pattern FILE = Pattern.compile("cwec_v(\\d+(?:\\.\\d+)*)\\.xml");
    private static final Pattern PACKAGE = Pattern.compile("([A-Za-z0-9_.-]+@\\d+(?:\\.\\d+)+)");
    private static final Pattern COPYRIGHT = Pattern.compile("Copyright designation:\\s*\"([^\"]+)\"");

    private final Map<String, Element> weaknesses = new HashMap<>();
    private final Map<String, Element> categories = new HashMap<>();
    private final Map<String, Element> views = new HashMap<>();
    /** weakness/category id -> sources citing it (CAPEC, EMB3D, PYTM, CWE-1194). */
    private final Map<String, TreeSet<String>> citedBy = new TreeMap<>();
    /** weakness id -> hardware categories containing it. */
    private final Map<String, TreeSet<String>> hardwareCategories = new HashMap<>();

    static ImportedCatalog run(Path catalogsRoot, Map<String, Set<String>> citations) {
        return new CweImporter().importFrom(catalogsRoot, citations);
    }

    private ImportedCatalog importFrom(Path root, Map<String, Set<String>> citations) {
        String fileName = CatalogImport.newestMatching(root.resolve("cwe"), FILE);
        String rel = "cwe/" + fileName;
        Element catalog = SecureXml.parse(root.resolve(rel)).getDocumentElement();
        Dom.path(catalog, "Weaknesses", "Weakness").forEach(e -> weaknesses.put(e.getAttribute("ID"), e));
        Dom.path(catalog, "Categories", "Category").forEach(e -> categories.put(e.getAttribute("ID"), e));
        Dom.path(catalog, "Views", "View").forEach(e -> views.put(e.getAttribute("ID"), e));

        List<String> hardwareCats = hardwareView();
        citations.forEach((source, ids) -> ids.forEach(id -> cite(number(source, id), source)));

        List<Weakness> ws = new ArrayList<>();
        List<WeaknessCategory> cats = new ArrayList<>();
        List<String> citedCategories = new ArrayList<>();
        for (Map.Entry<String, TreeSet<String>> e : citedBy.entrySet()) {
            String n = e.getKey();
            if (weaknesses.containsKey(n)) {
                ws.add(weakness(weaknesses.get(n), List.copyOf(e.getValue())));
            } else if (categories.containsKey(n)) {
                boolean hw = hardwareCats.contains(n);
                cats.add(category(categories.get(n), hw, List.copyOf(e.getValue())));
                if (!hw) {
                    citedCategories.add("CWE-" + n + " (" + String.join(", ", e.getValue()) + ")");
                }
            } else {
                throw new ImportException("CWE-" + n + " cited by " + e.getValue() + " is neither a weakness nor a"
                        + " category in " + fileName + (views.containsKey(n) ? " (it is a view)" : ""));
            }
        }
        ws = Sorting.byId(ws, Weakness::id);
        UpstreamSource src = UpstreamSource.read(root.resolve("cwe/SOURCE.md"));
        List<String> licence = src.section("Licence");
        Matcher c = COPYRIGHT.matcher(String.join("\n", licence));
        List<String> copyright = c.find() ? List.of(c.group(1).strip()) : List.of();

        Map<String, Integer> counts = new TreeMap<>();
        counts.put("weaknesses", ws.size());
        counts.put("hardwareViewWeaknesses", (int) ws.stream().filter(w -> !w.hardwareCategories().isEmpty()).count());
        counts.put("categories", cats.size());
        counts.put("hardwareViewCategories", hardwareCats.size());
        counts.put("weaknessesInRelease", weaknesses.size());
        citations.forEach((source, ids) -> counts.put("citedBy" + source, ids.size()));
        List<String> notes = new ArrayList<>();
        notes.add("Cited ids that are CWE categories, not weaknesses (shipped in categories.json): "
                + (citedCategories.isEmpty() ? "none" : String.join("; ", Sorting.ids(citedCategories))) + ".");
        src.row("How obtained").flatMap(v -> first(PACKAGE, v)).ifPresent(pkg -> notes.add("Not from a git"
                + " repository: the unmodified release XML was obtained through the npm package " + pkg
                + " (see the upstream provenance below)."));
        notes.add("Only a subset of the " + weaknesses.size() + " weaknesses of this release is shipped: the"
                + " Hardware Design view (CWE-1194) and the ids cited by " + String.join(", ", citations.keySet()) + ".");
        Map<String, String> files = new TreeMap<>();
        files.put(rel, Checksums.file(root.resolve(rel)));
        if (citations.containsKey("PYTM")) {
            files.put(CatalogImport.PYTM_FILE, Checksums.file(root.resolve(CatalogImport.PYTM_FILE)));
        }
        CatalogInfo info = new CatalogInfo(Catalog.CWE, src.title(), catalog.getAttribute("Version"),
                catalog.getAttribute("Date"), src.url("Original publisher", "Source repository").orElse(null),
                fileName, null,
                "CWE Terms of Use (LICENSE.txt, quoted from https://cwe.mitre.org/about/termsofuse.html)", copyright,
                List.of("Reproduce MITRE's copyright designation and this licence in any copy."),
                files, counts, List.of(), notes);
        Map<String, List<?>> out = new LinkedHashMap<>();
        out.put(CatalogFiles.CWE_WEAKNESSES, ws);
        out.put(CatalogFiles.CWE_CATEGORIES, Sorting.byId(cats, WeaknessCategory::id));
        String text = "Terms of use of " + src.title() + ", quoted verbatim from the \"Licence / terms of use\""
                + " section of the upstream SOURCE.md (source: https://cwe.mitre.org/about/termsofuse.html).\n\n"
                + String.join("\n", licence) + "\n";
        return new ImportedCatalog(info, out, text.getBytes(StandardCharsets.UTF_8), src.tableLines());
    }

    /** Marks every member of the hardware view's categories; returns the category numbers. */
    private List<String> hardwareView() {
        Element view = views.get(HARDWARE_VIEW);
        if (view == null) {
            throw new ImportException("CWE view " + HARDWARE_VIEW + " (Hardware Design) not found");
        }
        List<String> cats = new ArrayList<>();
        for (Element m : Dom.path(view, "Members", "Has_Member")) {
            String cat = m.getAttribute("CWE_ID");
            Element category = categories.get(cat);
            if (category == null) {
                throw new ImportException("view " + HARDWARE_VIEW + " names unknown category " + cat);
            }
            cats.add(cat);
            cite(cat, HARDWARE_VIEW_SOURCE);
            for (Element member : Dom.path(category, "Relationships", "Has_Member")) {
                if (HARDWARE_VIEW.equals(member.getAttribute("View_ID"))) {
                    String w = member.getAttribute("CWE_ID");
                    cite(w, HARDWARE_VIEW_SOURCE);
                    hardwareCategories.computeIfAbsent(w, k -> new TreeSet<>()).add("CWE-" + cat);
                }
            }
        }
        return cats;
    }

    private void cite(String number, String source) {
        citedBy.computeIfAbsent(number, k -> new TreeSet<>()).add(source);
    }

    private Weakness weakness(Element w, List<String> sources) {
        String n = w.getAttribute("ID");
        List<String> tech = new ArrayList<>();
        for (Element t : Dom.path(w, "Applicable_Platforms", "Technology")) {
            String name = Dom.attr(t, "Name") != null ? Dom.attr(t, "Name") : Dom.attr(t, "Class");
            if (name != null) {
                tech.add(name);
            }
        }
        List<String> capec = new ArrayList<>();
        Dom.path(w, "Related_Attack_Patterns", "Related_Attack_Pattern")
                .forEach(r -> capec.add("CAPEC-" + r.getAttribute("CAPEC_ID")));
        return new Weakness("CWE-" + n, w.getAttribute("Name"), Dom.attr(w, "Abstraction"), Dom.attr(w, "Status"),
                Text.plain(Dom.text(Dom.child(w, "Description")), Text.DESCRIPTION_LIMIT), Sorting.ids(tech),
                Sorting.ids(capec), Sorting.ids(hardwareCategories.getOrDefault(n, new TreeSet<>())), sources);
    }

    private WeaknessCategory category(Element c, boolean hardware, List<String> sources) {
        List<String> members = new ArrayList<>();
        for (Element m : Dom.path(c, "Relationships", "Has_Member")) {
            if (!hardware || HARDWARE_VIEW.equals(m.getAttribute("View_ID"))) {
                members.add("CWE-" + m.getAttribute("CWE_ID"));
            }
        }
        return new WeaknessCategory("CWE-" + c.getAttribute("ID"), c.getAttribute("Name"), Dom.attr(c, "Status"),
                Text.plain(Dom.text(Dom.child(c, "Summary")), Text.DESCRIPTION_LIMIT), Sorting.ids(members), hardware,
                sources);
    }

    private static java.util.Optional<String> first(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    private static String number(String source, String id) {
        if (!id.matches("CWE-\\d+")) {
            throw new ImportException(source + " cites malformed CWE id " + id);
        }
        return id.substring(4);
    }
}
