package org.threatloom.metamodel.interop.threatdragon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.threatloom.metamodel.interop.Geometry.Point;
import org.threatloom.metamodel.interop.Geometry.Rect;
import org.threatloom.metamodel.interop.ImportException;
import org.threatloom.metamodel.interop.SourceNode;

/**
 * One Threat Dragon cell, the same for v1 (JointJS: {@code type}, flags on the cell, {@code source.id}) and v2
 * (X6: {@code shape}, flags in {@code data}, {@code source.cell}). A flow end that is a bare point has a null ref.
 */
record TdCell(SourceNode node, int diagram, String id, String type, String name, String description, SourceNode flags,
              String sourceRef, String targetRef, Point sourcePoint, Point targetPoint, List<Point> vertices, Rect box,
              List<SourceNode> threats) {

    static final String ACTOR = "tm.actor", PROCESS = "tm.process", STORE = "tm.store", FLOW = "tm.flow",
            BOX = "tm.boundarybox", CURVE = "tm.boundary", TEXT = "tm.text";
    private static final Map<String, String> SHAPES = Map.of("actor", ACTOR, "process", PROCESS, "store", STORE, "flow", FLOW,
            "trust-boundary-box", BOX, "trust-boundary-curve", CURVE, "td-text-block", TEXT, "trust-broundary-curve", CURVE);

    boolean isElement() {
        return type.equals(ACTOR) || type.equals(PROCESS) || type.equals(STORE);
    }

    String place() {
        return node.pointer();
    }

    static TdCell v2(SourceNode cell, int diagram) throws ImportException {
        if (!cell.isObject()) throw cell.error("expected a cell object, found " + cell.describeKind());
        String id = cell.requireString("id");
        SourceNode data = cell.get("data");
        String shape = cell.string("shape");
        String type = data.nonBlank("type");
        if (type == null && shape != null) type = SHAPES.getOrDefault(shape, shape);
        if (type == null) throw cell.get("shape").error("cell has neither data.type nor shape");
        String name = data.string("name");
        if (name == null) name = label(cell);
        List<SourceNode> threats = data.has("threats") ? data.get("threats").items() : cell.get("threats").items();
        return new TdCell(cell, diagram, id, type.toLowerCase(java.util.Locale.ROOT), name, data.string("description"), data,
                ref(cell.get("source"), "cell"), ref(cell.get("target"), "cell"), point(cell.get("source")), point(cell.get("target")),
                points(cell.get("vertices")), rect(cell), threats);
    }

    static TdCell v1(SourceNode cell, int diagram) throws ImportException {
        if (!cell.isObject()) throw cell.error("expected a cell object, found " + cell.describeKind());
        String id = cell.requireString("id");
        String type = cell.requireString("type");
        String name = cell.string("name");
        if (name == null) name = label(cell);
        return new TdCell(cell, diagram, id, type.toLowerCase(java.util.Locale.ROOT), name, cell.string("description"), cell,
                ref(cell.get("source"), "id"), ref(cell.get("target"), "id"), point(cell.get("source")), point(cell.get("target")),
                points(cell.get("vertices")), rect(cell), cell.get("threats").items());
    }

    /** The label: attrs.text.text (nodes), attrs.label.text (boxes) or the first edge label. */
    private static String label(SourceNode cell) throws ImportException {
        SourceNode attrs = cell.get("attrs");
        String t = attrs.get("text").string("text");
        if (t == null) t = attrs.get("label").string("text");
        if (t == null) {
            for (SourceNode l : cell.get("labels").items()) {
                SourceNode a = l.get("attrs");
                t = a.get("text").string("text");
                if (t == null) t = a.get("labelText").string("text");
                if (t != null) break;
            }
        }
        return t;
    }

    private static String ref(SourceNode end, String key) throws ImportException {
        if (end.absent()) return null;
        if (!end.isObject()) throw end.error("expected an object with '" + key + "' or x/y, found " + end.describeKind());
        return end.nonBlank(key);
    }

    private static Point point(SourceNode end) throws ImportException {
        if (!end.isObject() || !end.has("x") || !end.has("y")) return null;
        return new Point(end.number("x"), end.number("y"));
    }

    private static List<Point> points(SourceNode list) throws ImportException {
        List<Point> out = new ArrayList<>();
        for (SourceNode v : list.items()) {
            if (!v.isObject()) throw v.error("expected a point {x, y}, found " + v.describeKind());
            Double x = v.number("x"), y = v.number("y");
            if (x == null || y == null) throw v.error("a point needs x and y");
            out.add(new Point(x, y));
        }
        return out;
    }

    private static Rect rect(SourceNode cell) throws ImportException {
        SourceNode pos = cell.get("position"), size = cell.get("size");
        if (!pos.isObject() || !size.isObject()) return null;
        Double x = pos.number("x"), y = pos.number("y"), w = size.number("width"), h = size.number("height");
        if (x == null || y == null || w == null || h == null) return null;
        return new Rect(x, y, w, h);
    }
}
