package org.threatloom.catalog.imports;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Namespace-agnostic navigation of child elements by local name. */
final class Dom {
    private Dom() {
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String localName) {
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    /** Elements at the end of a path of local names, e.g. {@code path(w, "Applicable_Platforms", "Technology")}. */
    static List<Element> path(Element from, String... localNames) {
        List<Element> current = List.of(from);
        for (String name : localNames) {
            List<Element> next = new ArrayList<>();
            for (Element e : current) {
                next.addAll(children(e, name));
            }
            current = next;
        }
        return current;
    }

    static String text(Element e) {
        return e == null ? null : e.getTextContent();
    }

    /** The attribute value, or null when absent. */
    static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }
}
