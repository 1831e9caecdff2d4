package org.threatloom.metamodel.interop;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.threatloom.metamodel.interop.Geometry.Rect;
import org.threatloom.metamodel.query.ModelIndex;
import org.threatloom.model.ModelElement;
import org.threatloom.model.Node;
import org.threatloom.model.SystemModel;
import org.threatloom.model.Zone;

/**
 * Positions for exporters: an element's own layout properties when it has them (imported from a diagram tool),
 * otherwise a grid, one column per zone; a zone without a position gets the box around its members.
 */
public final class Layout {
    private static final double W = 120, H = 70, GAP = 60, PAD = 30;
    private final Map<ModelElement, Rect> rects = new HashMap<>();

    public Layout(SystemModel model, List<? extends Node> nodes) {
        Map<Zone, Integer> columns = new LinkedHashMap<>();
        Map<Integer, Integer> rows = new HashMap<>();
        for (Node n : nodes) {
            Rect own = own(n);
            if (own != null) {
                rects.put(n, own);
                continue;
            }
            int col = columns.computeIfAbsent(ModelIndex.effectiveZone(n), z -> columns.size());
            int row = rows.merge(col, 1, Integer::sum) - 1;
            rects.put(n, new Rect(PAD * 2 + col * (W + GAP + 2 * PAD), PAD * 3 + row * (H + GAP), W, H));
        }
        for (Zone z : model.getZones()) {
            Rect own = own(z);
            if (own != null) {
                rects.put(z, own);
                continue;
            }
            double x1 = Double.MAX_VALUE, y1 = Double.MAX_VALUE, x2 = -Double.MAX_VALUE, y2 = -Double.MAX_VALUE;
            for (Node n : nodes) {
                if (ModelIndex.effectiveZone(n) != z) continue;
                Rect r = rects.get(n);
                x1 = Math.min(x1, r.x());
                y1 = Math.min(y1, r.y());
                x2 = Math.max(x2, r.x() + r.width());
                y2 = Math.max(y2, r.y() + r.height());
            }
            if (x1 != Double.MAX_VALUE) rects.put(z, new Rect(x1 - PAD, y1 - PAD, x2 - x1 + 2 * PAD, y2 - y1 + 2 * PAD));
        }
    }

    /** The element's rectangle, or null for a zone with no members and no position. */
    public Rect of(ModelElement e) {
        return rects.get(e);
    }

    /** The rectangle from the element's layout.* properties, or null. */
    public static Rect own(ModelElement e) {
        Double x = num(e, ModelBuilder.X), y = num(e, ModelBuilder.Y), w = num(e, ModelBuilder.WIDTH), h = num(e, ModelBuilder.HEIGHT);
        return x == null || y == null ? null : new Rect(x, y, w == null ? W : w, h == null ? H : h);
    }

    /** The diagram an element was drawn on (layout.diagram), 0 when unknown. */
    public static int diagram(ModelElement e) {
        Double d = num(e, ModelBuilder.DIAGRAM);
        return d == null ? 0 : d.intValue();
    }

    static Double num(ModelElement e, String key) {
        String v = ModelBuilder.property(e, key);
        if (v == null) return null;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
