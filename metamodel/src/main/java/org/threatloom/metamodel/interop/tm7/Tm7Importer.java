package org.threatloom.metamodel.interop.tm7;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.threatloom.metamodel.interop.ElementSpec;
import org.threatloom.metamodel.interop.Geometry;
import org.threatloom.metamodel.interop.ImportException;
import org.threatloom.metamodel.interop.ImportReport;
import org.threatloom.metamodel.interop.MappingTable;
import org.threatloom.metamodel.interop.ModelBuilder;
import org.threatloom.metamodel.interop.SafeXml;
import org.threatloom.model.Actor;
import org.threatloom.model.Component;
import org.threatloom.model.DataFlow;
import org.threatloom.model.ModelElement;
import org.threatloom.model.Node;
import org.threatloom.model.SystemModel;
import org.threatloom.model.ThreatloomFactory;
import org.threatloom.model.ThreatloomPackage;
import org.threatloom.model.TrustBoundary;
import org.threatloom.model.TrustBoundaryKind;
import org.threatloom.model.Zone;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Imports Microsoft Threat Modeling Tool {@code .tm7} files (DataContract XML, parsed hardened: no DOCTYPE, no
 * entities). Stencils become elements of the type tm7.yaml gives (by stencil, then its family in the embedded
 * knowledge base, then its generic type); box boundaries become zones and line boundaries trust boundaries
 * (membership by geometry); connectors become flows; threat instances become threat records ({@link Tm7Threats}).
 */
public final class Tm7Importer {
    private static final ThreatloomPackage P = ThreatloomPackage.eINSTANCE;
    private final ModelBuilder b;
    private final String file;
    private final Tm7KnowledgeBase kb;
    private final Map<String, ElementSpec> types;
    private final Map<String, TrustBoundaryKind> lineKinds;
    private final List<String> boxKinds;
    final Map<String, ModelElement> byGuid = new HashMap<>();

    private Tm7Importer(ModelBuilder b, String file, Tm7KnowledgeBase kb) {
        this.b = b;
        this.file = file;
        this.kb = kb;
        MappingTable t = MappingTable.get("tm7");
        this.types = t.specs("types", P.getModelElement());
        this.lineKinds = t.literals("lineBoundaryKinds", P.getTrustBoundaryKind());
        this.boxKinds = t.stringList("boxBoundaries");
    }

    public static SystemModel read(byte[] bytes, String file, ImportReport report) throws ImportException {
        Document doc = SafeXml.parse(bytes, file);
        Element root = doc.getDocumentElement();
        if (!"ThreatModel".equals(root.getLocalName())) {
            throw SafeXml.error(file, root, "not a Threat Modeling Tool model: the root element is " + root.getLocalName() + ", not ThreatModel");
        }
        Element meta = SafeXml.child(root, "MetaInformation");
        ModelBuilder b = new ModelBuilder(report, SafeXml.text(meta, "ThreatModelName"), null);
        b.model().setDescription(SafeXml.text(meta, "HighLevelSystemDescription"));
        for (String k : List.of("Owner", "Reviewer", "Contributors", "Assumptions", "ExternalDependencies")) {
            ModelBuilder.property(b.model(), "tm7." + k, SafeXml.text(meta, k));
        }
        new Tm7Importer(b, file, Tm7KnowledgeBase.of(root)).read(root);
        return b.model();
    }

    private void read(Element root) throws ImportException {
        List<Tm7Shape> borders = new ArrayList<>(), lines = new ArrayList<>();
        List<Element> surfaces = SafeXml.children(SafeXml.child(root, "DrawingSurfaceList"), "DrawingSurfaceModel");
        for (int s = 0; s < surfaces.size(); s++) {
            Element surface = surfaces.get(s);
            ModelBuilder.property(b.model(), "tm7.diagram." + s, SafeXml.text(surface, "Header"));
            for (Element e : SafeXml.children(SafeXml.child(surface, "Borders"), null)) borders.add(Tm7Shape.read(e, s, file));
            for (Element e : SafeXml.children(SafeXml.child(surface, "Lines"), null)) lines.add(Tm7Shape.read(e, s, file));
        }
        List<Tm7Shape> boxes = new ArrayList<>();
        for (Tm7Shape s : borders) if (isBox(s)) boxes.add(zone(s));
        for (int i = 0; i < boxes.size(); i++) {
            int parent = Geometry.innermost(boxes.stream().map(Tm7Shape::box).toList(), boxes.get(i).box().centre(), i);
            if (parent >= 0 && boxes.get(parent).surface() == boxes.get(i).surface()) {
                ((Zone) byGuid.get(boxes.get(i).guid())).setParent((Zone) byGuid.get(boxes.get(parent).guid()));
            }
        }
        for (Tm7Shape s : borders) if (!isBox(s)) element(s, boxes);
        for (Tm7Shape s : lines) {
            if (lineKind(s) != null) boundary(s, borders);
            else if ("GE.DF".equals(s.genericType()) || "Connector".equals(s.kind())) flow(s);
            else b.report().unmapped(SafeXml.path(s.element()), "line '" + s.name() + "' (" + s.type() + ")", "unknown line kind");
        }
        new Tm7Threats(b, kb, byGuid, file).read(root);
    }

    private boolean isBox(Tm7Shape s) {
        return "BorderBoundary".equals(s.kind()) || boxKinds.contains(MappingTable.key(s.genericType()))
                || boxKinds.contains(MappingTable.key(kb.parent(s.type())));
    }

    private TrustBoundaryKind lineKind(Tm7Shape s) {
        for (String k : new String[] {s.type(), kb.parent(s.type()), s.genericType()}) {
            TrustBoundaryKind kind = k == null ? null : lineKinds.get(MappingTable.key(k));
            if (kind != null) return kind;
        }
        return "LineBoundary".equals(s.kind()) ? TrustBoundaryKind.NETWORK : null;
    }

    private Tm7Shape zone(Tm7Shape s) throws ImportException {
        if (s.box() == null) throw SafeXml.error(file, s.element(), "a boundary box needs Left, Top, Width and Height");
        Zone z = b.zone(s.guid(), s.name() == null ? kb.name(s.type()) : s.name(), b.defaultLevel());
        common(z, s);
        return s;
    }

    private void element(Tm7Shape s, List<Tm7Shape> boxes) throws ImportException {
        ElementSpec spec = spec(s);
        if (spec == null || !P.getNode().isSuperTypeOf(spec.type())) {
            String what = "GE.A".equals(s.genericType()) ? "annotation" : "stencil " + s.type();
            b.report().unmapped(SafeXml.path(s.element()), what + " '" + s.name() + "'",
                    "GE.A".equals(s.genericType()) ? "free text; no metamodel element" : "not in tm7.yaml and its family is unknown");
            return;
        }
        Node n = (Node) spec.create();
        n.setId(b.elementId(null, s.name(), ModelBuilder.slug(spec.type().getName())));
        common(n, s);
        if (s.box() != null) {
            List<Tm7Shape> same = boxes.stream().filter(x -> x.surface() == s.surface()).toList();
            int z = Geometry.innermost(same.stream().map(Tm7Shape::box).toList(), s.box().centre(), -1);
            n.setZone(z >= 0 ? (Zone) byGuid.get(same.get(z).guid()) : b.outsideZone());
        } else {
            n.setZone(b.outsideZone());
        }
        if (n instanceof Actor a) b.model().getActors().add(a);
        else b.model().getComponents().add((Component) n);
        b.report().count("elements");
    }

    private ElementSpec spec(Tm7Shape s) {
        for (String k : new String[] {s.type(), kb.parent(s.type()), s.genericType()}) {
            ElementSpec spec = k == null ? null : types.get(MappingTable.key(k));
            if (spec != null && spec.type() != null) return spec;
        }
        return null;
    }

    private void boundary(Tm7Shape s, List<Tm7Shape> borders) {
        if (s.line().size() < 2) {
            b.report().unmapped(SafeXml.path(s.element()), "line boundary '" + s.name() + "'", "no end points; cannot tell what it separates");
            return;
        }
        TrustBoundary tb = ThreatloomFactory.eINSTANCE.createTrustBoundary();
        tb.setId(b.elementId(null, s.name(), "trust-boundary"));
        tb.setKind(lineKind(s));
        common(tb, s);
        ModelBuilder.property(tb, ModelBuilder.POINTS, Geometry.format(s.line()));
        for (Tm7Shape e : borders) {
            if (e.surface() == s.surface() && e.box() != null && byGuid.get(e.guid()) instanceof Node n
                    && Geometry.leftOf(s.line(), e.box().centre())) {
                tb.getMembers().add(n);
            }
        }
        b.model().getTrustBoundaries().add(tb);
        b.report().count("boundaries");
    }

    private void flow(Tm7Shape s) {
        ModelElement src = s.sourceGuid() == null ? null : byGuid.get(s.sourceGuid());
        ModelElement dst = s.targetGuid() == null ? null : byGuid.get(s.targetGuid());
        if (!(src instanceof Node from) || !(dst instanceof Node to)) {
            b.report().unmapped(SafeXml.path(s.element()), "data flow '" + s.name() + "'",
                    "its " + (src instanceof Node ? "target" : "source") + " is not attached to an imported element");
            return;
        }
        DataFlow f = ThreatloomFactory.eINSTANCE.createDataFlow();
        f.setId(b.id(s.name() != null ? s.name() : from.getId() + "-to-" + to.getId(), "flow"));
        f.setSource(from);
        f.setTarget(to);
        common(f, s);
        String protocol = kb.name(s.type());
        if (protocol != null && !s.type().equals(s.genericType())) b.protocol(f, protocol, SafeXml.path(s.element()) + "/TypeId");
        if (!s.line().isEmpty()) ModelBuilder.property(f, ModelBuilder.POINTS, Geometry.format(s.line()));
        b.model().getFlows().add(f);
        b.report().count("flows");
    }

    private void common(ModelElement e, Tm7Shape s) {
        e.setSourceId(s.guid());
        if (e.getName() == null) e.setName(s.name() == null || s.name().isBlank() ? kb.name(s.type()) : s.name());
        if (e.getName() == null) e.setName("(unnamed)");
        ModelBuilder.property(e, "tm7.type", s.type());
        ModelBuilder.property(e, ModelBuilder.DIAGRAM, Integer.toString(s.surface()));
        if (s.box() != null) ModelBuilder.layout(e, s.box().x(), s.box().y(), s.box().width(), s.box().height());
        if (s.outOfScope()) e.getTags().add("out-of-scope");
        s.properties().forEach((k, v) -> ModelBuilder.property(e, "tm7." + k, v));
        byGuid.put(s.guid(), e);
    }
}
