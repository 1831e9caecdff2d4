package org.threatloom.metamodel.interop.otm;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.threatloom.metamodel.interop.ElementSpec;
import org.threatloom.metamodel.interop.ImportException;
import org.threatloom.metamodel.interop.ImportReport;
import org.threatloom.metamodel.interop.JsonTree;
import org.threatloom.metamodel.interop.MappingTable;
import org.threatloom.metamodel.interop.ModelBuilder;
import org.threatloom.metamodel.interop.SourceNode;
import org.threatloom.metamodel.interop.YamlTree;
import org.threatloom.model.Actor;
import org.threatloom.model.Component;
import org.threatloom.model.DataAsset;
import org.threatloom.model.DataFlow;
import org.threatloom.model.ModelElement;
import org.threatloom.model.Node;
import org.threatloom.model.Storage;
import org.threatloom.model.SystemModel;
import org.threatloom.model.ThreatloomFactory;
import org.threatloom.model.ThreatloomPackage;
import org.threatloom.model.Zone;

/**
 * Imports Open Threat Model files (JSON or YAML, OTM 0.1/0.2): trust zones become zones (SL-T from the trust
 * rating, zones.yaml), components become elements of the type otm.yaml gives (nested by {@code parent.component}),
 * dataflows become flows, assets become data assets, and threats and mitigations attached to components and flows
 * become threat records and countermeasures ({@link OtmThreats}).
 */
public final class OtmImporter {
    private static final ThreatloomPackage P = ThreatloomPackage.eINSTANCE;
    private final ModelBuilder b;
    private final Map<String, ElementSpec> types;
    private final Map<Pattern, ElementSpec> patterns = new LinkedHashMap<>();
    private final Map<String, Zone> zones = new HashMap<>();
    private final Map<String, ModelElement> elements = new HashMap<>();
    private final Map<String, DataAsset> assets = new HashMap<>();

    private OtmImporter(ModelBuilder b) {
        this.b = b;
        MappingTable t = MappingTable.get("otm");
        this.types = t.specs("types", P.getNode());
        t.specs("patterns", P.getNode()).forEach((k, v) -> patterns.put(Pattern.compile(k, Pattern.CASE_INSENSITIVE), v));
    }

    public static SystemModel read(byte[] bytes, String file, ImportReport report) throws ImportException {
        SourceNode root = json(bytes) ? JsonTree.parse(bytes, file) : YamlTree.parse(bytes, file);
        if (!root.isObject()) throw root.error("expected an OTM document (an object), found " + root.describeKind());
        if (root.nonBlank("otmVersion") == null) throw root.get("otmVersion").error("not an OTM document: otmVersion is missing");
        SourceNode project = root.get("project");
        if (!project.isObject()) throw project.error("an OTM document needs a 'project' object");
        ModelBuilder b = new ModelBuilder(report, project.requireString("name"), project.requireString("id"));
        new OtmImporter(b).read(root, project);
        return b.model();
    }

    static boolean json(byte[] bytes) {
        for (byte c : bytes) {
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == (byte) 0xEF || c == (byte) 0xBB || c == (byte) 0xBF) continue;
            return c == '{' || c == '[';
        }
        return false;
    }

    private void read(SourceNode root, SourceNode project) throws ImportException {
        SystemModel m = b.model();
        m.setDescription(project.nonBlank("description"));
        ModelBuilder.property(m, "otm.version", root.string("otmVersion"));
        ModelBuilder.property(m, "otm.owner", project.nonBlank("owner"));
        ModelBuilder.property(m, "otm.ownerContact", project.nonBlank("ownerContact"));
        m.getTags().addAll(project.strings("tags"));
        attributes(m, project.get("attributes"));
        List<SourceNode> reps = root.get("representations").items();
        for (int i = 0; i < reps.size(); i++) {
            SourceNode r = reps.get(i);
            String p = "otm.representation." + i;
            ModelBuilder.property(m, p, r.requireString("id"));
            ModelBuilder.property(m, p + ".name", r.string("name"));
            ModelBuilder.property(m, p + ".type", r.string("type"));
            ModelBuilder.property(m, p + ".width", ModelBuilder.num(r.get("size").number("width")));
            ModelBuilder.property(m, p + ".height", ModelBuilder.num(r.get("size").number("height")));
        }
        for (SourceNode z : root.get("trustZones").items()) zone(z);
        for (SourceNode z : root.get("trustZones").items()) {
            SourceNode parent = z.get("parent");
            if (parent.has("trustZone")) zones.get(z.string("id")).setParent(zoneRef(parent.get("trustZone")));
            else if (parent.has("component")) b.report().unmapped(parent.pointer(), "trust zone inside a component", "zones cannot nest in components; kept at top level");
        }
        for (SourceNode a : root.get("assets").items()) asset(a);
        List<SourceNode> components = root.get("components").items();
        for (SourceNode c : components) component(c);
        for (SourceNode c : components) parent(c);
        for (SourceNode f : root.get("dataflows").items()) flow(f);
        new OtmThreats(b, elements).read(root, components, root.get("dataflows").items());
    }

    private void zone(SourceNode z) throws ImportException {
        String id = z.requireString("id");
        if (zones.containsKey(id)) throw z.get("id").error("duplicate trust zone id '" + id + "'");
        Double rating = z.get("risk").number("trustRating");
        Zone zone = b.zone(id, z.requireString("name"), rating == null ? b.defaultLevel() : b.levelForTrustRating(rating));
        if (rating == null) b.report().note("trust zone '" + id + "' has no trustRating: SL-T " + b.defaultLevel() + " on every FR");
        zone.setDescription(z.nonBlank("description"));
        ModelBuilder.property(zone, "otm.trustRating", ModelBuilder.num(rating));
        ModelBuilder.property(zone, "otm.type", z.nonBlank("type"));
        representation(zone, z);
        attributes(zone, z.get("attributes"));
        zones.put(id, zone);
    }

    private void asset(SourceNode a) throws ImportException {
        String id = a.requireString("id");
        DataAsset d = ThreatloomFactory.eINSTANCE.createDataAsset();
        d.setId(b.elementId(id, a.string("name"), "data"));
        d.setSourceId(id);
        d.setName(a.requireString("name"));
        d.setDescription(a.nonBlank("description"));
        SourceNode risk = a.get("risk");
        Double c = risk.number("confidentiality"), i = risk.number("integrity"), av = risk.number("availability");
        if (c != null) {
            d.setConfidentiality(OtmRatings.level(c));
            d.setClassification(OtmRatings.classification(c));
        }
        if (i != null) d.setIntegrity(OtmRatings.level(i));
        if (av != null) d.setAvailability(OtmRatings.level(av));
        ModelBuilder.property(d, "otm.confidentiality", ModelBuilder.num(c));
        ModelBuilder.property(d, "otm.integrity", ModelBuilder.num(i));
        ModelBuilder.property(d, "otm.availability", ModelBuilder.num(av));
        ModelBuilder.property(d, "otm.riskComment", risk.nonBlank("comment"));
        attributes(d, a.get("attributes"));
        String owner = b.model().getProperties().stream().filter(p -> p.getKey().equals("otm.owner")).map(p -> p.getValue()).findFirst().orElse(null);
        d.setOwner(b.party(owner == null ? "Owner of " + b.model().getName() : owner));
        b.model().getDataAssets().add(d);
        assets.put(id, d);
        b.report().count("dataAssets");
    }

    private void component(SourceNode c) throws ImportException {
        String id = c.requireString("id");
        if (elements.containsKey(id)) throw c.get("id").error("duplicate component id '" + id + "'");
        String type = c.requireString("type");
        ElementSpec spec = types.get(MappingTable.key(type));
        if (spec == null) {
            for (Map.Entry<Pattern, ElementSpec> e : patterns.entrySet()) {
                if (e.getKey().matcher(type).find()) {
                    spec = e.getValue();
                    break;
                }
            }
            b.report().unmapped(c.get("type").pointer(), "component type '" + type + "'", spec == null
                    ? "not in otm.yaml; imported as Application" : "not in otm.yaml; by pattern imported as " + spec.type().getName());
            if (spec == null) spec = new ElementSpec(P.getApplication(), Map.of());
        }
        Node n = (Node) spec.create();
        n.setId(b.elementId(id, c.string("name"), ModelBuilder.slug(spec.type().getName())));
        n.setSourceId(id);
        n.setName(c.requireString("name"));
        n.setDescription(c.nonBlank("description"));
        ModelBuilder.property(n, "otm.type", type);
        n.getTags().addAll(c.strings("tags"));
        representation(n, c);
        attributes(n, c.get("attributes"));
        SourceNode held = c.get("assets");
        List<String> stored = held.strings("stored"), processed = held.strings("processed");
        for (String s : stored) {
            if (n instanceof Storage st && assets.containsKey(s)) st.getStores().add(assets.get(s));
        }
        ModelBuilder.property(n, "otm.assets.stored", stored.isEmpty() ? null : String.join(" ", stored));
        ModelBuilder.property(n, "otm.assets.processed", processed.isEmpty() ? null : String.join(" ", processed));
        if (n instanceof Actor a) b.model().getActors().add(a);
        else b.model().getComponents().add((Component) n);
        elements.put(id, n);
        b.report().count("elements");
    }

    /** {@code parent.trustZone} sets the zone; {@code parent.component} nests the component as a part. */
    private void parent(SourceNode c) throws ImportException {
        Node n = (Node) elements.get(c.string("id"));
        SourceNode parent = c.get("parent");
        if (parent.has("trustZone")) {
            n.setZone(zoneRef(parent.get("trustZone")));
        } else if (parent.has("component")) {
            ModelElement p = elements.get(parent.string("component"));
            if (!(p instanceof Component container)) throw parent.get("component").error("no component with id '" + parent.string("component") + "'");
            if (n instanceof Component part && !isAncestor(part, container)) {
                container.getParts().add(part);
            } else {
                n.setZone(container.getZone());
                b.report().unmapped(parent.pointer(), "'" + n.getName() + "' inside component '" + container.getName() + "'",
                        "an actor (or a cycle) cannot be a part of a component; kept beside it in its zone");
            }
        } else {
            throw parent.error("a component needs parent.trustZone or parent.component");
        }
    }

    private static boolean isAncestor(Component candidate, Component of) {
        for (org.eclipse.emf.ecore.EObject o = of; o != null; o = o.eContainer()) if (o == candidate) return true;
        return false;
    }

    private Zone zoneRef(SourceNode ref) throws ImportException {
        Zone z = zones.get(ref.text());
        if (z == null) throw ref.error("no trust zone with id '" + ref.text() + "'");
        return z;
    }

    private void flow(SourceNode f) throws ImportException {
        String id = f.requireString("id");
        ModelElement s = elements.get(f.requireString("source")), t = elements.get(f.requireString("destination"));
        if (!(s instanceof Node src) || !(t instanceof Node dst)) {
            String which = s == null ? "source" : "destination";
            b.report().unmapped(f.get(which).pointer(), "dataflow '" + id + "'", "its " + which + " '" + f.string(which) + "' is no component");
            return;
        }
        DataFlow flow = ThreatloomFactory.eINSTANCE.createDataFlow();
        flow.setId(b.elementId(id, f.string("name"), "flow"));
        flow.setSourceId(id);
        flow.setName(f.requireString("name"));
        flow.setDescription(f.nonBlank("description"));
        flow.setSource(src);
        flow.setTarget(dst);
        flow.setBidirectional(f.bool("bidirectional", false));
        for (String a : f.strings("assets")) {
            if (assets.containsKey(a)) flow.getData().add(assets.get(a));
            else b.report().unmapped(f.get("assets").pointer(), "asset '" + a + "'", "no asset with that id");
        }
        flow.getTags().addAll(f.strings("tags"));
        for (String tag : f.strings("tags")) if (flow.getProtocol() == org.threatloom.model.Protocol.OTHER) b.protocolIfKnown(flow, tag);
        attributes(flow, f.get("attributes"));
        b.model().getFlows().add(flow);
        elements.put(id, flow);
        b.report().count("flows");
    }

    private static void representation(ModelElement e, SourceNode n) throws ImportException {
        List<SourceNode> reps = n.get("representations").items();
        if (reps.isEmpty()) return;
        SourceNode r = reps.get(0);
        ModelBuilder.property(e, "otm.representation", r.string("representation"));
        ModelBuilder.property(e, "otm.representationId", r.string("id"));
        ModelBuilder.layout(e, r.get("position").number("x"), r.get("position").number("y"), r.get("size").number("width"),
                r.get("size").number("height"));
    }

    /** OTM {@code attributes} (free key/values) become properties {@code otm.attr.KEY}; nested values are reported. */
    private void attributes(ModelElement e, SourceNode attributes) throws ImportException {
        for (Map.Entry<String, SourceNode> a : attributes.fields().entrySet()) {
            SourceNode v = a.getValue();
            if (v.isObject() || v.isArray()) {
                b.report().unmapped(v.pointer(), "attribute '" + a.getKey() + "'", "nested attribute values are not imported");
                continue;
            }
            ModelBuilder.property(e, "otm.attr." + a.getKey(), v.text());
        }
    }
}
