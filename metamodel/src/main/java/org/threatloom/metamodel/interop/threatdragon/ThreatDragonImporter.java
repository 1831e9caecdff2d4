package org.threatloom.metamodel.interop.threatdragon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.threatloom.metamodel.interop.ElementSpec;
import org.threatloom.metamodel.interop.Geometry;
import org.threatloom.metamodel.interop.Geometry.Point;
import org.threatloom.metamodel.interop.Geometry.Rect;
import org.threatloom.metamodel.interop.ImportException;
import org.threatloom.metamodel.interop.ImportReport;
import org.threatloom.metamodel.interop.JsonTree;
import org.threatloom.metamodel.interop.MappingTable;
import org.threatloom.metamodel.interop.ModelBuilder;
import org.threatloom.metamodel.interop.SourceNode;
import org.threatloom.model.Actor;
import org.threatloom.model.Component;
import org.threatloom.model.DataFlow;
import org.threatloom.model.ModelElement;
import org.threatloom.model.Node;
import org.threatloom.model.SystemModel;
import org.threatloom.model.TrustBoundary;
import org.threatloom.model.TrustBoundaryKind;
import org.threatloom.model.ThreatloomFactory;
import org.threatloom.model.ThreatloomPackage;
import org.threatloom.model.Zone;

/**
 * Imports OWASP Threat Dragon v1 and v2 JSON: actors, processes and stores become elements of the type the mapping
 * table (threat-dragon.yaml) gives, refined by their flags; boundary boxes become zones (membership by geometry);
 * boundary curves become trust boundaries splitting their diagram in two; flows become data flows; threats keep
 * their id, title and status. Text blocks and flows whose ends are not attached are reported, not imported.
 */
public final class ThreatDragonImporter {
    /** Cell fields that are not flags. */
    static final Set<String> NOT_FLAGS = Set.of("type", "name", "description", "outofscope", "reasonoutofscope", "hasopenthreats",
            "threats", "istrustboundary", "protocol", "new", "size", "position", "attrs", "id", "z", "angle", "source", "target",
            "vertices", "labels", "smooth", "shape", "zindex", "ports", "data", "visible", "parent", "children", "connector",
            "width", "height", "router");
    private static final ThreatloomPackage P = ThreatloomPackage.eINSTANCE;
    private final ModelBuilder b;
    private final Map<String, ElementSpec> types;
    private final Map<String, Map<String, ElementSpec>> flags;
    private final Map<String, ModelElement> byCell = new HashMap<>();
    private final List<TdCell> cells = new ArrayList<>();

    private ThreatDragonImporter(ModelBuilder b) {
        this.b = b;
        MappingTable t = MappingTable.get("threat-dragon");
        this.types = t.specs("types", P.getModelElement());
        this.flags = t.nestedSpecs("flags", Map.of(TdCell.ACTOR, P.getActor(), TdCell.PROCESS, P.getComponent(), TdCell.STORE,
                P.getComponent(), TdCell.FLOW, P.getDataFlow()));
    }

    public static SystemModel read(byte[] bytes, String file, ImportReport report) throws ImportException {
        SourceNode root = JsonTree.parse(bytes, file);
        if (!root.isObject()) throw root.error("expected a Threat Dragon model object, found " + root.describeKind());
        SourceNode summary = root.get("summary"), detail = root.get("detail");
        if (!summary.isObject()) throw summary.error("a Threat Dragon model needs a 'summary' object");
        if (!detail.isObject()) throw detail.error("a Threat Dragon model needs a 'detail' object");
        ModelBuilder b = new ModelBuilder(report, summary.string("title"), null);
        new ThreatDragonImporter(b).read(root, summary, detail);
        return b.model();
    }

    private void read(SourceNode root, SourceNode summary, SourceNode detail) throws ImportException {
        SystemModel m = b.model();
        String version = root.string("version");
        boolean v2 = version != null && version.trim().startsWith("2");
        m.setDescription(summary.nonBlank("description"));
        ModelBuilder.property(m, "td.owner", summary.nonBlank("owner"));
        ModelBuilder.property(m, "td.reviewer", detail.nonBlank("reviewer"));
        List<String> contributors = new ArrayList<>();
        for (SourceNode c : detail.get("contributors").items()) if (c.nonBlank("name") != null) contributors.add(c.string("name"));
        ModelBuilder.property(m, "td.contributors", contributors.isEmpty() ? null : String.join("\n", contributors));
        List<SourceNode> diagrams = detail.get("diagrams").items();
        for (int d = 0; d < diagrams.size(); d++) {
            SourceNode diagram = diagrams.get(d);
            ModelBuilder.property(m, "td.diagram." + d, diagram.string("title"));
            ModelBuilder.property(m, "td.diagram." + d + ".type", diagram.string("diagramType"));
            ModelBuilder.property(m, "td.diagram." + d + ".description", diagram.nonBlank("description"));
            List<SourceNode> raw = v2 ? diagram.get("cells").items() : diagram.get("diagramJson").get("cells").items();
            for (SourceNode cell : raw) cells.add(v2 ? TdCell.v2(cell, d) : TdCell.v1(cell, d));
        }
        Map<Integer, List<TdCell>> boxes = zones();
        for (TdCell c : cells) if (c.isElement()) element(c, boxes);
        for (TdCell c : cells) if (c.type().equals(TdCell.FLOW)) flow(c);
        for (TdCell c : cells) if (c.type().equals(TdCell.CURVE)) curve(c);
        for (TdCell c : cells) {
            if (c.type().equals(TdCell.TEXT)) {
                b.report().unmapped(c.place(), "text block '" + shorten(c.name()) + "'", "annotation; no metamodel element");
            } else if (!c.isElement() && !Set.of(TdCell.FLOW, TdCell.BOX, TdCell.CURVE).contains(c.type())) {
                b.report().unmapped(c.place(), "cell of type '" + c.type() + "'", "unknown Threat Dragon cell type");
            }
        }
        TdThreats threats = new TdThreats(b);
        for (TdCell c : cells) {
            ModelElement target = byCell.get(c.id());
            for (int i = 0; i < c.threats().size(); i++) {
                if (target == null) {
                    b.report().unmapped(c.threats().get(i).pointer(), "threat", "its cell was not imported");
                } else {
                    threats.read(c.threats().get(i), c.id() + "#" + (i + 1), target);
                }
            }
        }
    }

    /** Boundary boxes become zones, nested by geometry; returns the boxes per diagram in zone order. */
    private Map<Integer, List<TdCell>> zones() throws ImportException {
        Map<Integer, List<TdCell>> boxes = new LinkedHashMap<>();
        for (TdCell c : cells) {
            if (!c.type().equals(TdCell.BOX)) continue;
            if (c.box() == null) {
                b.report().unmapped(c.place(), "boundary box '" + c.name() + "'", "no position/size; cannot tell its members");
                continue;
            }
            Zone z = b.zone(c.id(), c.name(), b.defaultLevel());
            z.setDescription(blankToNull(c.description()));
            ModelBuilder.layout(z, c.box().x(), c.box().y(), c.box().width(), c.box().height());
            ModelBuilder.property(z, ModelBuilder.DIAGRAM, Integer.toString(c.diagram()));
            byCell.put(c.id(), z);
            boxes.computeIfAbsent(c.diagram(), k -> new ArrayList<>()).add(c);
        }
        for (List<TdCell> list : boxes.values()) {
            List<Rect> rects = list.stream().map(TdCell::box).toList();
            for (int i = 0; i < list.size(); i++) {
                int parent = Geometry.innermost(rects, rects.get(i).centre(), i);
                if (parent >= 0) ((Zone) byCell.get(list.get(i).id())).setParent((Zone) byCell.get(list.get(parent).id()));
            }
        }
        return boxes;
    }

    private void element(TdCell c, Map<Integer, List<TdCell>> boxes) throws ImportException {
        ElementSpec base = types.get(c.type());
        EClass type = base.type();
        Map<String, ElementSpec> shapeFlags = flags.getOrDefault(c.type(), Map.of());
        Map<String, ElementSpec> applied = new LinkedHashMap<>();
        for (Map.Entry<String, SourceNode> f : c.flags().fields().entrySet()) {
            ElementSpec spec = shapeFlags.get(f.getKey().toLowerCase(java.util.Locale.ROOT));
            if (spec != null && f.getValue().asBool(false)) {
                applied.put(f.getKey(), spec);
                // a flag narrows the type; a flag naming a type beside the one chosen (isEncrypted on a log) keeps it
                if (spec.type() != null && (type == base.type() || type.isSuperTypeOf(spec.type()))) type = spec.type();
            }
        }
        EObject o = ThreatloomFactory.eINSTANCE.create(type);
        base.applyTo(o);
        Node n = (Node) o;
        common(n, c, "element");
        for (Map.Entry<String, ElementSpec> s : applied.entrySet()) {
            if (!s.getValue().applyTo(o).isEmpty() || (s.getValue().type() != null && !s.getValue().type().isInstance(o))) {
                ModelBuilder.property(n, "td." + s.getKey(), "true");
            }
        }
        if (c.box() != null) {
            ModelBuilder.layout(n, c.box().x(), c.box().y(), c.box().width(), c.box().height());
            List<TdCell> inDiagram = boxes.getOrDefault(c.diagram(), List.of());
            int zone = Geometry.innermost(inDiagram.stream().map(TdCell::box).toList(), c.box().centre(), -1);
            n.setZone(zone >= 0 ? (Zone) byCell.get(inDiagram.get(zone).id()) : b.outsideZone());
        } else {
            n.setZone(b.outsideZone());
        }
        if (n instanceof Actor a) b.model().getActors().add(a);
        else b.model().getComponents().add((Component) n);
        b.report().count("elements");
    }

    private void flow(TdCell c) throws ImportException {
        ModelElement source = c.sourceRef() == null ? null : byCell.get(c.sourceRef());
        ModelElement target = c.targetRef() == null ? null : byCell.get(c.targetRef());
        if (!(source instanceof Node s) || !(target instanceof Node t)) {
            String which = !(source instanceof Node) ? "source" : "target";
            b.report().unmapped(c.place(), "flow '" + shorten(c.name()) + "'", "its " + which + " is not attached to an actor, process or store");
            return;
        }
        DataFlow f = (DataFlow) types.get(TdCell.FLOW).create();
        f.setSource(s);
        f.setTarget(t);
        for (Map.Entry<String, ElementSpec> e : flags.getOrDefault(TdCell.FLOW, Map.of()).entrySet()) {
            if (flag(c.flags(), e.getKey())) e.getValue().applyTo(f);
        }
        f.setId(b.id(blankToNull(c.name()) != null ? c.name() : s.getId() + "-to-" + t.getId(), "flow"));
        common(f, c, null);
        b.protocol(f, c.flags().nonBlank("protocol"), c.place() + "/protocol");
        if (!c.vertices().isEmpty()) ModelBuilder.property(f, ModelBuilder.POINTS, Geometry.format(c.vertices()));
        b.model().getFlows().add(f);
        b.report().count("flows");
    }

    /** A boundary curve: a trust boundary whose members are the elements of its diagram on its left side. */
    private void curve(TdCell c) {
        List<Point> line = new ArrayList<>();
        if (c.sourcePoint() != null) line.add(c.sourcePoint());
        line.addAll(c.vertices());
        if (c.targetPoint() != null) line.add(c.targetPoint());
        if (line.size() < 2) {
            b.report().unmapped(c.place(), "trust boundary curve", "it has no end points; cannot tell which elements it separates");
            return;
        }
        TrustBoundary tb = ThreatloomFactory.eINSTANCE.createTrustBoundary();
        tb.setId(b.elementId(c.id(), c.name(), "trust-boundary"));
        tb.setSourceId(c.id());
        tb.setName(blankToNull(c.name()) == null ? "Trust boundary" : c.name());
        tb.setDescription(blankToNull(c.description()));
        tb.setKind(TrustBoundaryKind.NETWORK);
        ModelBuilder.property(tb, ModelBuilder.POINTS, Geometry.format(line));
        ModelBuilder.property(tb, ModelBuilder.DIAGRAM, Integer.toString(c.diagram()));
        for (TdCell e : cells) {
            if (e.isElement() && e.diagram() == c.diagram() && e.box() != null && Geometry.leftOf(line, e.box().centre())
                    && byCell.get(e.id()) instanceof Node n) {
                tb.getMembers().add(n);
            }
        }
        b.model().getTrustBoundaries().add(tb);
        byCell.put(c.id(), tb);
        b.report().count("boundaries");
    }

    /** Id, name, description, scope and the flags no table maps (kept as td.* properties). */
    private void common(ModelElement e, TdCell c, String prefix) throws ImportException {
        if (prefix != null) e.setId(b.elementId(c.id(), c.name(), prefixFor(c.type())));
        e.setSourceId(c.id());
        e.setName(blankToNull(c.name()));
        e.setDescription(blankToNull(c.description()));
        ModelBuilder.property(e, ModelBuilder.DIAGRAM, Integer.toString(c.diagram()));
        if (c.flags().bool("outOfScope", false)) e.getTags().add("out-of-scope");
        ModelBuilder.property(e, "td.reasonOutOfScope", c.flags().nonBlank("reasonOutOfScope"));
        Map<String, ElementSpec> mapped = flags.getOrDefault(c.type(), Map.of());
        for (Map.Entry<String, SourceNode> f : c.flags().fields().entrySet()) {
            String key = f.getKey().toLowerCase(java.util.Locale.ROOT);
            if (NOT_FLAGS.contains(key) || mapped.containsKey(key) || f.getValue().isObject() || f.getValue().isArray()) continue;
            String v = f.getValue().text();
            if (v != null && !v.isBlank() && !v.equals("false")) ModelBuilder.property(e, "td." + f.getKey(), v);
        }
        byCell.put(c.id(), e);
    }

    private static boolean flag(SourceNode flags, String lowerKey) throws ImportException {
        for (Map.Entry<String, SourceNode> f : flags.fields().entrySet()) {
            if (f.getKey().equalsIgnoreCase(lowerKey)) return f.getValue().asBool(false);
        }
        return false;
    }

    private static String prefixFor(String type) {
        return type.startsWith("tm.") ? type.substring(3) : type;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String shorten(String s) {
        if (s == null) return "";
        String one = s.replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 40) + "..." : one;
    }
}
