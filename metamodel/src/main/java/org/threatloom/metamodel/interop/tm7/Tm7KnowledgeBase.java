package org.threatloom.metamodel.interop.tm7;

import java.util.HashMap;
import java.util.Map;

import org.threatloom.metamodel.interop.SafeXml;
import org.w3c.dom.Element;

/**
 * The knowledge base a .tm7 file embeds: stencil ids with their names and parents (so a concrete stencil can fall
 * back to its family's mapping), and threat types with their STRIDE category and title template.
 */
final class Tm7KnowledgeBase {
    record Stencil(String id, String name, String parent) {}

    record ThreatType(String id, String category, String title) {}

    final Map<String, Stencil> stencils = new HashMap<>();
    final Map<String, ThreatType> threatTypes = new HashMap<>();
    final Map<String, String> categories = new HashMap<>();

    static Tm7KnowledgeBase of(Element root) {
        Tm7KnowledgeBase kb = new Tm7KnowledgeBase();
        Element base = SafeXml.child(root, "KnowledgeBase");
        if (base == null) return kb;
        for (String section : new String[] {"GenericElements", "StandardElements"}) {
            for (Element e : SafeXml.children(SafeXml.child(base, section), "ElementType")) {
                String id = first(e, "Id", "ID");
                if (id != null) kb.stencils.put(id, new Stencil(id, SafeXml.text(e, "Name"), first(e, "ParentId", "ParentElement")));
            }
        }
        for (Element c : SafeXml.children(SafeXml.child(base, "ThreatCategories"), "ThreatCategory")) {
            String id = first(c, "Id", "ID");
            if (id != null) kb.categories.put(id, SafeXml.text(c, "Name"));
        }
        for (Element t : SafeXml.children(SafeXml.child(base, "ThreatTypes"), "ThreatType")) {
            String id = first(t, "Id", "ID");
            if (id != null) kb.threatTypes.put(id, new ThreatType(id, SafeXml.text(t, "Category"), SafeXml.text(t, "ShortTitle")));
        }
        return kb;
    }

    /** The stencil's parent id (its family, e.g. GE.P), or null. */
    String parent(String stencil) {
        Stencil s = stencils.get(stencil);
        return s == null ? null : s.parent();
    }

    String name(String stencil) {
        Stencil s = stencils.get(stencil);
        return s == null ? null : s.name();
    }

    private static String first(Element e, String a, String b) {
        String v = SafeXml.text(e, a);
        return v != null ? v : SafeXml.text(e, b);
    }
}
