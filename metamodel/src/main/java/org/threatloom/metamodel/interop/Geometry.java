package org.threatloom.metamodel.interop;

import java.util.List;

/**
 * Boundary membership in diagram tools is geometric (no member lists): an element belongs to the smallest box that
 * contains its centre, and a line boundary splits the plane into two sides. Shared by the Threat Dragon and TMT
 * importers.
 */
public final class Geometry {
    public record Point(double x, double y) {}

    public record Rect(double x, double y, double width, double height) {
        public Point centre() {
            return new Point(x + width / 2, y + height / 2);
        }

        public boolean contains(Point p) {
            return p.x() >= x && p.x() <= x + width && p.y() >= y && p.y() <= y + height;
        }

        public double area() {
            return Math.max(0, width) * Math.max(0, height);
        }
    }

    private Geometry() {}

    /** Index of the smallest rectangle containing {@code p} (ignoring {@code self}), or -1. */
    public static int innermost(List<Rect> boxes, Point p, int self) {
        int best = -1;
        for (int i = 0; i < boxes.size(); i++) {
            if (i == self || !boxes.get(i).contains(p)) continue;
            if (self >= 0 && boxes.get(i).area() <= boxes.get(self).area()) continue;
            if (best < 0 || boxes.get(i).area() < boxes.get(best).area()) best = i;
        }
        return best;
    }

    /**
     * Which side of a polyline a point lies on: the sign of the cross product with the nearest segment
     * (true = left of the drawing direction). Points beyond the line's ends count by the nearest end segment.
     */
    public static boolean leftOf(List<Point> line, Point p) {
        if (line.size() < 2) return false;
        double best = Double.MAX_VALUE;
        double cross = 0;
        for (int i = 0; i + 1 < line.size(); i++) {
            Point a = line.get(i), b = line.get(i + 1);
            double d = distance(a, b, p);
            if (d < best) {
                best = d;
                cross = (b.x() - a.x()) * (p.y() - a.y()) - (b.y() - a.y()) * (p.x() - a.x());
            }
        }
        return cross > 0;
    }

    private static double distance(Point a, Point b, Point p) {
        double dx = b.x() - a.x(), dy = b.y() - a.y();
        double len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len));
        double cx = a.x() + t * dx - p.x(), cy = a.y() + t * dy - p.y();
        return Math.sqrt(cx * cx + cy * cy);
    }

    /** "x,y x,y ..." for the layout.points property. */
    public static String format(List<Point> points) {
        StringBuilder sb = new StringBuilder();
        for (Point p : points) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(ModelBuilder.num(p.x())).append(',').append(ModelBuilder.num(p.y()));
        }
        return sb.toString();
    }

    /** Parses {@link #format}; malformed pairs are skipped. */
    public static List<Point> parse(String text) {
        List<Point> out = new java.util.ArrayList<>();
        if (text == null) return out;
        for (String pair : text.trim().split("\\s+")) {
            String[] xy = pair.split(",");
            if (xy.length != 2) continue;
            try {
                out.add(new Point(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])));
            } catch (NumberFormatException e) {
                // skip
            }
        }
        return out;
    }
}
