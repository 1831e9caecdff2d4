package org.threatloom.metamodel.interop.threagile;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.threatloom.metamodel.interop.ImportException;
import org.threatloom.metamodel.interop.ImportReport;
import org.threatloom.metamodel.interop.MappingTable;
import org.threatloom.metamodel.interop.ModelBuilder;
import org.threatloom.metamodel.interop.SourceNode;
import org.threatloom.model.Classification;
import org.threatloom.model.Component;
import org.threatloom.model.Compute;
import org.threatloom.model.DataAsset;
import org.threatloom.model.Level;
import org.threatloom.model.ModelElement;
import org.threatloom.model.Node;
import org.threatloom.model.SystemModel;
import org.threatloom.model.ThreatloomFactory;
import org.threatloom.model.ThreatloomPackage;
import org.threatloom.model.Zone;

/**
 * Imports Threagile YAML models (anchors, merge keys and includes resolved): data assets, trust boundaries (as zones,
 * nested), technical assets and their communication links ({@link ThreagileAssets}), shared runtimes (a Compute host
 * with the running assets as its parts) and risk tracking and individual risks as threats ({@link ThreagileRisks}).
 */
public final class ThreagileImporter {
    static final ThreatloomPackage P = ThreatloomPackage.eINSTANCE;
    /** Top-level keys of Threagile's schema; others (except x-* anchor holders) are reported. */
    private static final java.util.Set<String> KNOWN = java.util.Set.of("threagile_version", "title", "date", "author", "contributors",
            "management_summary_comment", "business_criticality", "application_description", "business_overview", "technical_overview",
            "questions", "abuse_cases", "security_requirements", "tags_available", "data_assets", "technical_assets", "trust_boundaries",
            "shared_runtimes", "individual_risk_categories", "custom_risk_categories", "risk_tracking", "includes");
    final ModelBuilder b;
    final MappingTable table = MappingTable.get("threagile");
    final Map<String, DataAsset> data = new HashMap<>();
    final Map<String, Zone> zones = new HashMap<>();
    final Map<String, ModelElement> assets = new HashMap<>();
    final Map<String, Zone> zoneOfAsset = new HashMap<>();
    final Map<String, ModelElement> links = new HashMap<>();
    final Map<String, Component> runtimes = new HashMap<>();

    private ThreagileImporter(ModelBuilder b) {
        this.b = b;
    }

    public static SystemModel read(Path file, byte[] bytes, String name, ImportReport report) throws ImportException {
        SourceNode root = ThreagileIncludes.load(file, bytes, name);
        if (!root.has("threagile_version") && !root.has("technical_assets")) {
            throw root.get("threagile_version").error("not a Threagile model: neither threagile_version nor technical_assets");
        }
        ModelBuilder b = new ModelBuilder(report, root.nonBlank("title"), null);
        new ThreagileImporter(b).read(root);
        return b.model();
    }

    private void read(SourceNode root) throws ImportException {
        SystemModel m = b.model();
        m.setDescription(root.get("business_overview").nonBlank("description"));
        ModelBuilder.property(m, "threagile.version", root.string("threagile_version"));
        ModelBuilder.property(m, "threagile.date", root.string("date"));
        ModelBuilder.property(m, "threagile.author", root.get("author").nonBlank("name"));
        ModelBuilder.property(m, "threagile.businessCriticality", root.nonBlank("business_criticality"));
        ModelBuilder.property(m, "threagile.technicalOverview", root.get("technical_overview").nonBlank("description"));
        ModelBuilder.property(m, "threagile.managementSummary", root.nonBlank("management_summary_comment"));
        for (String section : List.of("questions", "abuse_cases", "security_requirements")) {
            for (Map.Entry<String, SourceNode> e : root.get(section).fields().entrySet()) {
                ModelBuilder.property(m, "threagile." + section + "." + e.getKey(), e.getValue().isObject() ? null : e.getValue().text());
            }
        }
        for (String key : root.fields().keySet()) {
            if (key.startsWith("diagram_tweak_")) b.report().unmapped("/" + key, key, "diagram layout hint; not imported");
            else if (!KNOWN.contains(key) && !key.startsWith("x-")) b.report().unmapped("/" + key, key, "not a Threagile model section");
        }
        for (Map.Entry<String, SourceNode> e : root.get("data_assets").fields().entrySet()) dataAsset(e.getKey(), e.getValue(), root);
        for (Map.Entry<String, SourceNode> e : root.get("trust_boundaries").fields().entrySet()) zone(e.getKey(), e.getValue());
        for (Map.Entry<String, SourceNode> e : root.get("trust_boundaries").fields().entrySet()) nesting(e.getValue());
        ThreagileAssets technical = new ThreagileAssets(this);
        for (Map.Entry<String, SourceNode> e : root.get("technical_assets").fields().entrySet()) technical.asset(e.getKey(), e.getValue());
        for (Map.Entry<String, SourceNode> e : root.get("technical_assets").fields().entrySet()) technical.links(e.getValue());
        for (Map.Entry<String, SourceNode> e : root.get("shared_runtimes").fields().entrySet()) runtime(e.getKey(), e.getValue());
        new ThreagileRisks(this).read(root);
    }

    private void dataAsset(String title, SourceNode d, SourceNode root) throws ImportException {
        String id = d.requireString("id");
        if (data.containsKey(id)) throw d.get("id").error("duplicate data asset id '" + id + "'");
        DataAsset a = ThreatloomFactory.eINSTANCE.createDataAsset();
        a.setId(b.elementId(id, title, "data"));
        a.setSourceId(id);
        a.setName(title);
        a.setDescription(d.nonBlank("description"));
        String conf = d.nonBlank("confidentiality");
        Classification c = enumValue(table.literals("classification", P.getClassification()), conf, d.get("confidentiality"));
        if (c != null) a.setClassification(c);
        Level cl = enumValue(table.literals("confidentialityLevel", P.getLevel()), conf, d.get("confidentiality"));
        if (cl != null) a.setConfidentiality(cl);
        Level i = criticality(d.get("integrity")), av = criticality(d.get("availability"));
        if (i != null) a.setIntegrity(i);
        if (av != null) a.setAvailability(av);
        String owner = d.nonBlank("owner");
        if (owner != null) {
            a.setOwner(b.party(owner));
        } else if (a.getClassification().getValue() >= Classification.CONFIDENTIAL_VALUE) {
            String author = root.get("author").nonBlank("name");
            a.setOwner(b.party(author == null ? "Owner of " + b.model().getName() : author));
            b.report().note("data asset '" + id + "' has no owner; its owner is taken to be " + a.getOwner().getName());
        }
        for (String k : List.of("usage", "quantity", "origin", "justification_cia_rating")) ModelBuilder.property(a, "threagile." + k, d.nonBlank(k));
        ModelBuilder.property(a, "threagile.confidentiality", conf);
        a.getTags().addAll(d.strings("tags"));
        b.model().getDataAssets().add(a);
        data.put(id, a);
        b.report().count("dataAssets");
    }

    private void zone(String title, SourceNode t) throws ImportException {
        String id = t.requireString("id");
        if (zones.containsKey(id)) throw t.get("id").error("duplicate trust boundary id '" + id + "'");
        Zone z = b.zone(id, title, b.defaultLevel());
        z.setDescription(t.nonBlank("description"));
        String type = t.nonBlank("type");
        ModelBuilder.property(z, "threagile.type", type);
        if (type != null && b.threagileDomain(type) != null) z.setDomain(b.threagileDomain(type));
        else if (type != null) b.report().unmapped(t.get("type").pointer(), "trust boundary type '" + type + "'", "unknown; domain guessed from the name");
        z.getTags().addAll(t.strings("tags"));
        zones.put(id, z);
    }

    /** Nested boundaries become parent zones; an asset belongs to the innermost boundary listing it. */
    private void nesting(SourceNode t) throws ImportException {
        Zone z = zones.get(t.string("id"));
        for (String nested : t.strings("trust_boundaries_nested")) {
            Zone child = zones.get(nested);
            if (child == null) throw t.get("trust_boundaries_nested").error("no trust boundary with id '" + nested + "'");
            child.setParent(z);
        }
        for (String asset : t.strings("technical_assets_inside")) {
            Zone before = zoneOfAsset.get(asset);
            if (before == null || isAncestor(before, z)) zoneOfAsset.put(asset, z);
            else if (!isAncestor(z, before)) {
                b.report().unmapped(t.get("technical_assets_inside").pointer(), "asset '" + asset + "' in boundary '" + t.string("id") + "'",
                        "it is also inside '" + before.getSourceId() + "' and an element has one zone; kept in the first");
            }
        }
    }

    private static boolean isAncestor(Zone candidate, Zone of) {
        for (Zone z = of.getParent(); z != null; z = z.getParent()) if (z == candidate) return true;
        return false;
    }

    /** A shared runtime: a Compute host whose parts are the assets running on it. */
    private void runtime(String title, SourceNode r) throws ImportException {
        String id = r.requireString("id");
        Compute host = (Compute) table.single("sharedRuntime", P.getCompute()).create();
        host.setId(b.elementId(id, title, "runtime"));
        host.setSourceId(id);
        host.setName(title);
        host.setDescription(r.nonBlank("description"));
        host.getTags().addAll(r.strings("tags"));
        ModelBuilder.property(host, "threagile.sharedRuntime", "true");
        Zone common = null;
        boolean mixed = false;
        for (String a : r.strings("technical_assets_running")) {
            ModelElement e = assets.get(a);
            if (e == null) throw r.get("technical_assets_running").error("no technical asset with id '" + a + "'");
            if (!(e instanceof Component c) || c.eContainer() != b.model()) {
                b.report().unmapped(r.get("technical_assets_running").pointer(), "asset '" + a + "' on runtime '" + id + "'",
                        e instanceof Component ? "it already runs on another runtime" : "a person cannot run on a runtime");
                continue;
            }
            if (common == null) common = c.getZone();
            else if (common != c.getZone()) mixed = true;
            host.getParts().add(c);
        }
        host.setZone(common == null || mixed ? b.outsideZone() : common);
        if (mixed) b.report().note("runtime '" + id + "' runs assets of several trust boundaries; the host is placed outside them");
        b.model().getComponents().add(host);
        runtimes.put(id, host);
        b.report().count("elements");
    }

    <E extends org.eclipse.emf.common.util.Enumerator> E enumValue(Map<String, E> table, String word, SourceNode at) {
        if (word == null) return null;
        E e = table.get(MappingTable.key(word));
        if (e == null) b.report().unmapped(at.pointer(), "value '" + word + "'", "unknown; left at the default");
        return e;
    }

    Level criticality(SourceNode n) throws ImportException {
        return enumValue(table.literals("criticality", P.getLevel()), n.text(), n);
    }

    Node node(String assetId) {
        return assets.get(assetId) instanceof Node n ? n : null;
    }
}
