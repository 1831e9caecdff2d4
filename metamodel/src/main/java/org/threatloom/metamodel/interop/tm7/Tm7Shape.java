package org.threatloom.metamodel.interop.tm7;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.threatloom.metamodel.interop.Geometry.Point;
import org.threatloom.metamodel.interop.Geometry.Rect;
import org.threatloom.metamodel.interop.ImportException;
import org.threatloom.metamodel.interop.SafeXml;
import org.w3c.dom.Element;

/**
 * One shape of a TMT drawing surface (a {@code Borders} or {@code Lines} entry): its kind ({@code i:type}), generic and
 * concrete stencil ids, the properties shown in TMT's property grid (list properties resolved to the selected entry),
 * and geometry: a rectangle for stencils and box boundaries, end points and handle for connectors and line boundaries.
 */
record Tm7Shape(Element element, int surface, String guid, String kind, String genericType, String type, String name,
                Map<String, String> properties, boolean outOfScope, Rect box, String sourceGuid, String targetGuid, List<Point> line) {

    static final String NO_GUID = "00000000-0000-0000-0000-000000000000";

    static Tm7Shape read(Element entry, int surface, String file) throws ImportException {
        Element value = SafeXml.child(entry, "Value");
        if (value == null) throw SafeXml.error(file, entry, "a shape entry needs a Value");
        String guid = SafeXml.text(value, "Guid");
        if (guid == null) guid = SafeXml.text(entry, "Key");
        if (guid == null) throw SafeXml.error(file, value, "a shape needs a Guid");
        String generic = SafeXml.text(value, "GenericTypeId");
        String type = SafeXml.text(value, "TypeId");
        if (generic == null && type == null) throw SafeXml.error(file, value, "a shape needs a GenericTypeId or TypeId");
        Map<String, String> props = new LinkedHashMap<>();
        String name = null;
        boolean outOfScope = false;
        for (Element p : SafeXml.children(SafeXml.child(value, "Properties"), null)) {
            String display = SafeXml.text(p, "DisplayName");
            String kind = SafeXml.xsiType(p);
            if (display == null || kind.equals("HeaderDisplayAttribute")) continue;
            String v = propertyValue(p, kind);
            if (display.equals("Name")) name = v;
            else if (display.equals("Out Of Scope")) outOfScope = "true".equalsIgnoreCase(v);
            else if (v != null && !v.isBlank()) props.put(display, v);
        }
        Rect box = null;
        Double left = num(value, "Left", file), top = num(value, "Top", file), w = num(value, "Width", file), h = num(value, "Height", file);
        if (left != null && top != null && w != null && h != null) box = new Rect(left, top, w, h);
        List<Point> line = new ArrayList<>();
        point(value, "Source", line, file);
        point(value, "Handle", line, file);
        point(value, "Target", line, file);
        return new Tm7Shape(value, surface, guid, SafeXml.xsiType(value), generic == null ? type : generic, type == null ? generic : type,
                name, props, outOfScope, box, guid(value, "SourceGuid"), guid(value, "TargetGuid"), line);
    }

    /** A list attribute shows the selected entry; "Select"/"Not Selected" (index 0 placeholders) count as unset. */
    private static String propertyValue(Element p, String kind) {
        Element value = SafeXml.child(p, "Value");
        if (value == null) return null;
        if (kind.equals("ListDisplayAttribute")) {
            List<Element> items = SafeXml.children(value, "string");
            String index = SafeXml.text(p, "SelectedIndex");
            try {
                int i = index == null ? 0 : Integer.parseInt(index);
                String selected = i >= 0 && i < items.size() ? items.get(i).getTextContent().trim() : null;
                return selected == null || selected.equalsIgnoreCase("Select") || selected.equalsIgnoreCase("Not Selected") ? null : selected;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return SafeXml.text(p, "Value");
    }

    private static String guid(Element value, String name) {
        String g = SafeXml.text(value, name);
        return g == null || g.equals(NO_GUID) ? null : g;
    }

    private static void point(Element value, String prefix, List<Point> out, String file) throws ImportException {
        Double x = num(value, prefix + "X", file), y = num(value, prefix + "Y", file);
        if (x != null && y != null) out.add(new Point(x, y));
    }

    private static Double num(Element value, String name, String file) throws ImportException {
        String t = SafeXml.text(value, name);
        if (t == null) return null;
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw SafeXml.error(file, SafeXml.child(value, name), "expected a number, found '" + t + "'");
        }
    }
}
