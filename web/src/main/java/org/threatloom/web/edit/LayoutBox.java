package org.threatloom.web.edit;

/** Where an element sits on the diagram: position and size in diagram units. */
public record LayoutBox(double x, double y, double w, double h) {

    public static LayoutBox of(double x, double y, double w, double h) {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(w) || !Double.isFinite(h)
                || Math.abs(x) > 1e6 || Math.abs(y) > 1e6 || w < 0 || h < 0 || w > 1e5 || h > 1e5) {
            throw new IllegalArgumentException("layout values out of range");
        }
        return new LayoutBox(x, y, w, h);
    }
}
