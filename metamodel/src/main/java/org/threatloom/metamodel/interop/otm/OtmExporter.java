package org.threatloom.metamodel.interop.otm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.threatloom.metamodel.interop.ExportResult;
import org.threatloom.metamodel.interop.MappingTable;
import org.threatloom.metamodel.interop.ModelBuilder;
import org.threatloom.model.Component;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.DataAsset;
import org.threatloom.model.DataFlow;
import org.threatloom.model.ModelElement;
import org.threatloom.model.Node;
import org.threatloom.model.Property;
import org.threatloom.model.Storage;
import org.threatloom.model.SystemModel;
import org.threatloom.model.Threat;
import org.threatloom.model.ThreatloomPackage;
import org.threatloom.model.Zone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * Writes a model as an Open Threat Model document (JSON or YAML): zones as trust zones (trust rating kept or derived
 * from the SL-T), actors and components (nested parts with {@code parent.component}), flows, data assets, threat
 * records as declared threats attached to their elements, countermeasures as mitigations.
 */
public final class OtmExporter {
    static final String UNASSIGNED = "threatloom-unassigned";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS).build());
    private final SystemModel model;
    private final List<String> omitted = new ArrayList<>();
    private final Map<String, String> types = MappingTable.get("otm").strings("export");
    private final Map<String, String> ratings = MappingTable.get("zones").strings("levelToTrustRating");
    private boolean unassigned;

    private OtmExporter(SystemModel model) {
        this.model = model;
    }

    /** {@code yaml}: YAML, else JSON. */
    public static ExportResult export(SystemModel model, boolean yaml) {
        OtmExporter e = new OtmExporter(model);
        ObjectNode root = e.document();
        try {
            return new ExportResult(yaml ? YAML.writeValueAsString(root) : JSON.writeValueAsString(root) + "\n", e.omitted);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private ObjectNode document() {
        ObjectNode root = JSON.createObjectNode();
        root.put("otmVersion", orElse(ModelBuilder.property(model, "otm.version"), "0.2.0"));
        ObjectNode project = root.putObject("project");
        project.put("name", orElse(model.getName(), model.getId()));
        project.put("id", id(model));
        putIf(project, "description", model.getDescription());
        putIf(project, "owner", ModelBuilder.property(model, "otm.owner"));
        putIf(project, "ownerContact", ModelBuilder.property(model, "otm.ownerContact"));
        if (!model.getTags().isEmpty()) model.getTags().forEach(project.withArray("tags")::add);
        attributes(project, model);
        for (int i = 0; ModelBuilder.property(model, "otm.representation." + i) != null; i++) {
            String p = "otm.representation." + i;
            ObjectNode r = root.withArray("representations").addObject();
            r.put("name", orElse(ModelBuilder.property(model, p + ".name"), ModelBuilder.property(model, p)));
            r.put("id", ModelBuilder.property(model, p));
            r.put("type", orElse(ModelBuilder.property(model, p + ".type"), "diagram"));
            size(r, ModelBuilder.property(model, p + ".width"), ModelBuilder.property(model, p + ".height"));
        }
        if (!model.getDataAssets().isEmpty()) {
            ArrayNode assets = root.putArray("assets");
            for (DataAsset d : model.getDataAssets()) asset(assets.addObject(), d);
        }
        ArrayNode zones = root.putArray("trustZones");
        for (Zone z : model.getZones()) zone(zones.addObject(), z);
        ArrayNode components = root.putArray("components");
        for (Node n : model.getActors()) component(components, n, null);
        for (Component c : model.getComponents()) component(components, c, null);
        if (unassigned) {
            ObjectNode z = zones.addObject();
            z.put("id", UNASSIGNED).put("name", "Unassigned").putObject("risk").put("trustRating", 50);
            omitted.add("elements in no zone were put in trust zone '" + UNASSIGNED + "' (OTM needs a parent)");
        }
        ArrayNode flows = root.putArray("dataflows");
        for (DataFlow f : model.getFlows()) flow(flows.addObject(), f);
        new OtmThreatWriter(model, omitted).write(root, components, flows);
        if (!model.getDecisions().isEmpty()) omitted.add(model.getDecisions().size() + " review decision(s): no OTM equivalent");
        if (!model.getKeys().isEmpty()) omitted.add(model.getKeys().size() + " key(s): no OTM equivalent");
        return root;
    }

    private void zone(ObjectNode o, Zone z) {
        o.put("id", id(z));
        o.put("name", orElse(z.getName(), z.getId()));
        putIf(o, "type", ModelBuilder.property(z, "otm.type"));
        putIf(o, "description", z.getDescription());
        String rating = ModelBuilder.property(z, "otm.trustRating");
        int level = z.getSlTarget() == null ? 1 : z.getSlTarget().getIac();
        o.putObject("risk").set("trustRating", number(rating != null ? rating : ratings.getOrDefault(Integer.toString(level), "50")));
        if (z.getParent() != null) o.putObject("parent").put("trustZone", id(z.getParent()));
        representation(o, z);
        attributes(o, z);
    }

    private void component(ArrayNode out, Node n, Component container) {
        ObjectNode o = out.addObject();
        o.put("id", id(n));
        o.put("name", orElse(n.getName(), n.getId()));
        o.put("type", orElse(ModelBuilder.property(n, "otm.type"), type(n)));
        putIf(o, "description", n.getDescription());
        ObjectNode parent = o.putObject("parent");
        if (container != null) parent.put("component", id(container));
        else if (n.getZone() != null) parent.put("trustZone", id(n.getZone()));
        else {
            parent.put("trustZone", UNASSIGNED);
            unassigned = true;
        }
        if (!n.getTags().isEmpty()) n.getTags().forEach(o.withArray("tags")::add);
        representation(o, n);
        ObjectNode held = JSON.createObjectNode();
        List<String> stored = new ArrayList<>();
        if (n instanceof Storage s) s.getStores().forEach(d -> stored.add(id(d)));
        String storedProp = ModelBuilder.property(n, "otm.assets.stored"), processed = ModelBuilder.property(n, "otm.assets.processed");
        if (stored.isEmpty() && storedProp != null) stored.addAll(List.of(storedProp.split(" ")));
        if (!stored.isEmpty()) stored.forEach(held.withArray("stored")::add);
        if (processed != null) List.of(processed.split(" ")).forEach(held.withArray("processed")::add);
        if (held.size() > 0) o.set("assets", held);
        attributes(o, n);
        if (n instanceof Component c) for (Component part : c.getParts()) component(out, part, c);
    }

    private void flow(ObjectNode o, DataFlow f) {
        o.put("id", id(f));
        o.put("name", orElse(f.getName(), f.getId()));
        putIf(o, "description", f.getDescription());
        o.put("bidirectional", f.isBidirectional());
        o.put("source", id(f.getSource()));
        o.put("destination", id(f.getTarget()));
        if (!f.getData().isEmpty()) f.getData().forEach(d -> o.withArray("assets").add(id(d)));
        if (!f.getTags().isEmpty()) f.getTags().forEach(o.withArray("tags")::add);
        attributes(o, f);
    }

    private void asset(ObjectNode o, DataAsset d) {
        o.put("id", id(d));
        o.put("name", orElse(d.getName(), d.getId()));
        putIf(o, "description", d.getDescription());
        ObjectNode risk = o.putObject("risk");
        risk.set("confidentiality", number(orElse(ModelBuilder.property(d, "otm.confidentiality"), Integer.toString(OtmRatings.rating(d.getClassification())))));
        risk.set("integrity", number(orElse(ModelBuilder.property(d, "otm.integrity"), Integer.toString(OtmRatings.rating(d.getIntegrity())))));
        risk.set("availability", number(orElse(ModelBuilder.property(d, "otm.availability"), Integer.toString(OtmRatings.rating(d.getAvailability())))));
        putIf(risk, "comment", ModelBuilder.property(d, "otm.riskComment"));
        attributes(o, d);
    }

    private static void representation(ObjectNode o, ModelElement e) {
        String rep = ModelBuilder.property(e, "otm.representation");
        if (rep == null) return;
        ObjectNode r = o.putArray("representations").addObject();
        r.put("representation", rep);
        r.put("id", orElse(ModelBuilder.property(e, "otm.representationId"), id(e) + "-representation"));
        String x = ModelBuilder.property(e, ModelBuilder.X), y = ModelBuilder.property(e, ModelBuilder.Y);
        if (x != null && y != null) {
            ObjectNode position = r.putObject("position");
            position.set("x", number(x));
            position.set("y", number(y));
        }
        size(r, ModelBuilder.property(e, ModelBuilder.WIDTH), ModelBuilder.property(e, ModelBuilder.HEIGHT));
    }

    private static void size(ObjectNode r, String w, String h) {
        if (w != null && h != null) {
            ObjectNode size = r.putObject("size");
            size.set("width", number(w));
            size.set("height", number(h));
        }
    }

    static void attributes(ObjectNode o, ModelElement e) {
        for (Property p : e.getProperties()) {
            if (p.getKey().startsWith("otm.attr.")) o.with("attributes").put(p.getKey().substring("otm.attr.".length()), p.getValue());
        }
    }

    private String type(Node n) {
        for (Map.Entry<String, String> e : types.entrySet()) {
            for (EClassifier c : ThreatloomPackage.eINSTANCE.getEClassifiers()) {
                if (c.getName().toLowerCase(Locale.ROOT).equals(e.getKey()) && c instanceof EClass ec && ec.isInstance(n)) return e.getValue();
            }
        }
        return "empty-component";
    }

    static String id(ModelElement e) {
        return e.getSourceId() != null ? e.getSourceId() : e.getId();
    }

    /** A number node: integral values as integers (trustRating: 10, not 10.0). */
    static com.fasterxml.jackson.databind.JsonNode number(String s) {
        double d;
        try {
            d = Double.parseDouble(s);
        } catch (NumberFormatException | NullPointerException e) {
            d = 50;
        }
        com.fasterxml.jackson.databind.node.JsonNodeFactory f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? f.numberNode((long) d) : f.numberNode(d);
    }

    static void putIf(ObjectNode o, String key, String value) {
        if (value != null && !value.isBlank()) o.put(key, value);
    }

    static String orElse(String s, String fallback) {
        return s == null ? fallback : s;
    }
}
