package org.threatloom.metamodel.interop.threatdragon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EClassifier;
import org.threatloom.metamodel.interop.ElementSpec;
import org.threatloom.metamodel.interop.ExportResult;
import org.threatloom.metamodel.interop.Geometry;
import org.threatloom.metamodel.interop.Geometry.Point;
import org.threatloom.metamodel.interop.Geometry.Rect;
import org.threatloom.metamodel.interop.Layout;
import org.threatloom.metamodel.interop.MappingTable;
import org.threatloom.metamodel.interop.ModelBuilder;
import org.threatloom.model.Component;
import org.threatloom.model.DataFlow;
import org.threatloom.model.ModelElement;
import org.threatloom.model.Node;
import org.threatloom.model.SystemModel;
import org.threatloom.model.Threat;
import org.threatloom.model.ThreatloomPackage;
import org.threatloom.model.TrustBoundary;
import org.threatloom.model.Zone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a model as a Threat Dragon v2 file that Threat Dragon opens: zones as boundary boxes, actors, processes and
 * stores (shape by threat-dragon.yaml's export table, flags mapped back), flows, line trust boundaries as curves and
 * threat records on those elements. Positions come from the layout properties or a grid. What Threat Dragon cannot
 * express (data assets, countermeasures, nested parts, ...) is listed in the result.
 */
public final class ThreatDragonExporter {
    static final String VERSION = "2.2.0";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final SystemModel model;
    private final List<String> omitted = new ArrayList<>();
    private final Map<String, String> shapes;
    private final Map<String, Map<String, ElementSpec>> flags;
    private final List<Node> nodes = new ArrayList<>();
    private final TdThreatWriter threatWriter;
    private int z = 1;

    private ThreatDragonExporter(SystemModel model) {
        this.model = model;
        this.threatWriter = new TdThreatWriter(model, omitted);
        MappingTable t = MappingTable.get("threat-dragon");
        this.shapes = t.strings("export");
        ThreatloomPackage p = ThreatloomPackage.eINSTANCE;
        this.flags = t.nestedSpecs("flags", Map.of(TdCell.ACTOR, p.getActor(), TdCell.PROCESS, p.getComponent(), TdCell.STORE,
                p.getComponent(), TdCell.FLOW, p.getDataFlow()));
    }

    public static ExportResult export(SystemModel model) {
        return new ThreatDragonExporter(model).write();
    }

    private ExportResult write() {
        nodes.addAll(model.getActors());
        model.eAllContents().forEachRemaining(o -> {
            if (o instanceof Component c) nodes.add(c);
        });
        Layout layout = new Layout(model, nodes);
        int diagrams = 1;
        while (ModelBuilder.property(model, "td.diagram." + diagrams) != null) diagrams++;
        List<ArrayNode> cells = new ArrayList<>();
        for (int d = 0; d < diagrams; d++) cells.add(JSON.createArrayNode());
        for (Zone zone : model.getZones()) {
            if (zone.getTags().contains(ModelBuilder.OUTSIDE_TAG)) continue;
            Rect r = layout.of(zone);
            if (r == null) {
                omitted.add("zone '" + zone.getName() + "': no members and no position");
                continue;
            }
            cells.get(diagram(zone, diagrams)).add(box(zone, r));
        }
        for (Node n : nodes) cells.get(diagram(n, diagrams)).add(node(n, layout.of(n)));
        for (DataFlow f : model.getFlows()) {
            cells.get(diagram(f.getSource(), diagrams)).add(flow(f));
        }
        for (TrustBoundary tb : model.getTrustBoundaries()) {
            List<Point> line = Geometry.parse(ModelBuilder.property(tb, ModelBuilder.POINTS));
            if (line.size() < 2) omitted.add("trust boundary '" + tb.getName() + "': no line geometry (zones are drawn as boxes)");
            else cells.get(diagram(tb, diagrams)).add(curve(tb, line));
        }
        for (Threat t : model.getThreats()) {
            if (!(t.getTarget() instanceof Node || t.getTarget() instanceof DataFlow)) omitted.add("threat '" + t.getName() + "': not on an element or flow");
        }
        note(model.getDataAssets().size(), "data asset(s)");
        note(model.getCountermeasures().size(), "countermeasure(s)");
        note(model.getDecisions().size(), "review decision(s)");
        note(model.getKeys().size(), "key(s)");
        note((int) nodes.stream().filter(n -> n.eContainer() instanceof Component).count(), "nesting of part(s) in components (drawn beside them)");
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        ObjectNode summary = root.putObject("summary");
        summary.put("title", model.getName() == null ? model.getId() : model.getName());
        summary.put("owner", orEmpty(ModelBuilder.property(model, "td.owner")));
        summary.put("description", orEmpty(model.getDescription()));
        summary.put("id", 0);
        ObjectNode detail = root.putObject("detail");
        ArrayNode contributors = detail.putArray("contributors");
        String names = ModelBuilder.property(model, "td.contributors");
        if (names != null) for (String n : names.split("\n")) contributors.addObject().put("name", n);
        ArrayNode list = detail.putArray("diagrams");
        for (int d = 0; d < diagrams; d++) {
            ObjectNode diagram = list.addObject();
            String type = orElse(ModelBuilder.property(model, "td.diagram." + d + ".type"), "STRIDE");
            diagram.put("id", d);
            diagram.put("title", orElse(ModelBuilder.property(model, "td.diagram." + d), model.getName()));
            diagram.put("diagramType", type);
            diagram.put("placeholder", "New " + type + " diagram description");
            diagram.put("thumbnail", "./public/content/images/thumbnail." + type.toLowerCase(Locale.ROOT) + ".jpg");
            diagram.put("version", VERSION);
            String description = ModelBuilder.property(model, "td.diagram." + d + ".description");
            if (description != null) diagram.put("description", description);
            diagram.set("cells", cells.get(d));
        }
        detail.put("diagramTop", diagrams);
        detail.put("reviewer", orEmpty(ModelBuilder.property(model, "td.reviewer")));
        detail.put("threatTop", model.getThreats().size());
        try {
            return new ExportResult(JSON.writeValueAsString(root) + "\n", omitted);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode box(Zone zone, Rect r) {
        ObjectNode c = cell(zone, "trust-boundary-box", -1);
        geometry(c, r);
        c.putObject("attrs").putObject("label").put("text", zone.getName());
        ObjectNode data = c.putObject("data");
        data.put("type", "tm.BoundaryBox");
        data.put("name", zone.getName());
        data.put("description", orEmpty(zone.getDescription()));
        data.put("isTrustBoundary", true);
        data.put("hasOpenThreats", false);
        return c;
    }

    private ObjectNode node(Node n, Rect r) {
        String shape = shape(n);
        ObjectNode c = cell(n, shape, z++);
        geometry(c, r);
        ObjectNode attrs = c.putObject("attrs");
        attrs.putObject("text").put("text", n.getName());
        if (shape.equals("store")) {
            attrs.putObject("topLine").put("strokeWidth", 1.5).putNull("strokeDasharray");
            attrs.putObject("bottomLine").put("strokeWidth", 1.5).putNull("strokeDasharray");
        } else {
            attrs.putObject("body").put("stroke", "#333333").put("strokeWidth", 1.5).putNull("strokeDasharray");
        }
        ObjectNode data = data(c, n, "tm." + Character.toUpperCase(shape.charAt(0)) + shape.substring(1));
        Map<String, Object> defaults = switch (shape) {
            case "actor" -> Map.of("providesAuthentication", false);
            case "store" -> Map.of("isALog", false, "isEncrypted", false, "isSigned", false, "storesCredentials", false, "storesInventory", false);
            default -> Map.of("handlesCardPayment", false, "handlesGoodsOrServices", false, "isWebApplication", false, "privilegeLevel", "");
        };
        flags(data, n, "tm." + shape, defaults);
        threatWriter.write(data, n);
        return c;
    }

    private ObjectNode flow(DataFlow f) {
        ObjectNode c = cell(f, "flow", 10);
        ObjectNode line = c.putObject("attrs").putObject("line");
        line.put("stroke", "#333333").put("strokeWidth", 1);
        line.putObject("targetMarker").put("name", "block");
        line.putObject("sourceMarker").put("name", f.isBidirectional() ? "block" : "");
        line.putNull("strokeDasharray");
        c.put("width", 200).put("height", 100).put("connector", "smooth");
        c.putArray("labels").addObject().putObject("attrs").putObject("labelText").put("text", orEmpty(f.getName()));
        ObjectNode data = data(c, f, "tm.Flow");
        data.put("protocol", orEmpty(ModelBuilder.property(f, "source.protocol")));
        flags(data, f, TdCell.FLOW, Map.of("isEncrypted", false, "isPublicNetwork", false, "isBidirectional", false));
        threatWriter.write(data, f);
        c.putObject("source").put("cell", exportId(f.getSource()));
        c.putObject("target").put("cell", exportId(f.getTarget()));
        ArrayNode vertices = c.putArray("vertices");
        for (Point p : Geometry.parse(ModelBuilder.property(f, ModelBuilder.POINTS))) vertices.addObject().put("x", p.x()).put("y", p.y());
        return c;
    }

    private ObjectNode curve(TrustBoundary tb, List<Point> line) {
        ObjectNode c = cell(tb, "trust-boundary-curve", 10);
        ObjectNode attrs = c.putObject("attrs").putObject("line");
        attrs.put("targetMarker", "").put("sourceMarker", "");
        c.put("width", 200).put("height", 100).put("connector", "smooth");
        c.putArray("labels").addObject().putObject("attrs").putObject("text").put("text", orEmpty(tb.getName()));
        ObjectNode data = c.putObject("data");
        data.put("type", "tm.Boundary");
        data.put("name", orEmpty(tb.getName()));
        data.put("description", orEmpty(tb.getDescription()));
        data.put("isTrustBoundary", true);
        data.put("hasOpenThreats", false);
        Point first = line.get(0), last = line.get(line.size() - 1);
        c.putObject("source").put("x", Math.round(first.x())).put("y", Math.round(first.y()));
        c.putObject("target").put("x", Math.round(last.x())).put("y", Math.round(last.y()));
        ArrayNode vertices = c.putArray("vertices");
        for (Point p : line.subList(1, line.size() - 1)) vertices.addObject().put("x", p.x()).put("y", p.y());
        return c;
    }

    private ObjectNode cell(ModelElement e, String shape, int zIndex) {
        ObjectNode c = JSON.createObjectNode();
        c.put("shape", shape);
        c.put("id", exportId(e));
        c.put("zIndex", zIndex);
        c.put("visible", true);
        return c;
    }

    private ObjectNode data(ObjectNode c, ModelElement e, String type) {
        ObjectNode data = c.putObject("data");
        data.put("type", type);
        data.put("name", orEmpty(e.getName()));
        data.put("description", orEmpty(e.getDescription()));
        data.put("outOfScope", e.getTags().contains("out-of-scope"));
        data.put("reasonOutOfScope", orEmpty(ModelBuilder.property(e, "td.reasonOutOfScope")));
        return data;
    }

    /** Mapped flags from the element's type and attributes, the rest from its td.* properties. */
    private void flags(ObjectNode data, ModelElement e, String shape, Map<String, Object> defaults) {
        defaults.forEach((k, v) -> {
            if (v instanceof Boolean b) data.put(k, b);
            else data.put(k, String.valueOf(v));
        });
        for (Map.Entry<String, ElementSpec> f : flags.getOrDefault(shape, Map.of()).entrySet()) {
            String name = defaults.keySet().stream().filter(k -> k.equalsIgnoreCase(f.getKey())).findFirst().orElse(f.getKey());
            if (f.getValue().matches(e)) data.put(name, true);
        }
        for (org.threatloom.model.Property p : e.getProperties()) {
            String key = p.getKey();
            if (!key.startsWith("td.") || key.equals("td.reasonOutOfScope")) continue;
            String name = key.substring(3);
            if ("true".equals(p.getValue()) || "false".equals(p.getValue())) data.put(name, Boolean.parseBoolean(p.getValue()));
            else data.put(name, p.getValue());
        }
    }

    private String shape(Node n) {
        for (Map.Entry<String, String> e : shapes.entrySet()) {
            for (EClassifier c : ThreatloomPackage.eINSTANCE.getEClassifiers()) {
                if (c.getName().equalsIgnoreCase(e.getKey()) && c instanceof org.eclipse.emf.ecore.EClass ec && ec.isInstance(n)) return e.getValue();
            }
        }
        return "process";
    }

    private void geometry(ObjectNode c, Rect r) {
        c.putObject("position").put("x", r.x()).put("y", r.y());
        c.putObject("size").put("width", Math.max(10, r.width())).put("height", Math.max(10, r.height()));
    }

    private int diagram(ModelElement e, int diagrams) {
        int d = Layout.diagram(e);
        return d >= 0 && d < diagrams ? d : 0;
    }

    private void note(int count, String what) {
        if (count > 0) omitted.add(count + " " + what + ": no Threat Dragon equivalent");
    }

    static String exportId(ModelElement e) {
        return e.getSourceId() != null ? e.getSourceId() : e.getId();
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static String orElse(String s, String fallback) {
        return s == null ? fallback : s;
    }
}
