package org.threatloom.evidence.json;

import java.util.EnumMap;
import java.util.Map;

import org.threatloom.catalog.derive.Analysis;
import org.threatloom.catalog.derive.ThreatFinding;
import org.threatloom.metamodel.query.Labels;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.Level;
import org.threatloom.model.ModelElement;
import org.threatloom.model.ThreatStatus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON form of a threat analysis (what {@code threatloom analyze --format json} prints). */
public final class AnalysisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnalysisJson() {}

    public static ObjectNode of(Analysis analysis, String modelId, String modelName, String modelFile, String toolVersion) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "ThreatLoom");
        tool.put("version", toolVersion);
        ObjectNode model = root.putObject("model");
        model.put("id", modelId);
        model.put("name", modelName);
        model.put("file", modelFile);
        ObjectNode catalogs = root.putObject("catalogs");
        analysis.catalogVersions().forEach(catalogs::put);
        root.put("rules", analysis.rules());
        root.put("checks", analysis.checks());
        root.put("riskMatrix", analysis.riskMatrix());
        root.set("summary", summary(analysis));
        ArrayNode threats = root.putArray("threats");
        for (ThreatFinding t : analysis.threats()) threats.add(threat(t));
        return root;
    }

    public static ObjectNode threat(ThreatFinding t) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", t.id());
        n.put("rule", t.ruleId());
        n.put("title", t.title());
        ObjectNode element = n.putObject("element");
        element.put("id", t.element() instanceof ModelElement e ? e.getId() : null);
        element.put("name", Labels.name(t.element()));
        element.put("type", t.element().eClass().getName());
        n.put("stride", t.stride() == null ? null : t.stride().getLiteral());
        ArrayNode refs = n.putArray("references");
        t.references().forEach(refs::add);
        n.put("likelihood", t.likelihood().getLiteral());
        n.put("impact", t.impact().getLiteral());
        n.put("risk", t.risk().getLiteral());
        if (t.feasibility() != null) {
            n.put("feasibility", t.feasibility().name());
            n.put("attackPotential", t.potential());
        }
        n.put("status", t.status().getLiteral());
        ArrayNode by = n.putArray("mitigatedBy");
        for (Countermeasure c : t.mitigatedBy()) {
            ObjectNode cm = by.addObject();
            cm.put("id", c.getId());
            cm.put("name", Labels.name(c));
            cm.put("kind", c.getKind().getLiteral());
        }
        if (t.justification() != null && !t.justification().isEmpty()) n.put("justification", t.justification());
        if (t.decidedBy() != null) n.put("decision", t.decidedBy());
        n.put("origin", t.origin().getLiteral());
        return n;
    }

    private static ObjectNode summary(Analysis a) {
        ObjectNode s = MAPPER.createObjectNode();
        s.put("threats", a.threats().size());
        s.put("open", a.open().size());
        Map<Level, Integer> byRisk = new EnumMap<>(Level.class);
        Map<ThreatStatus, Integer> byStatus = new EnumMap<>(ThreatStatus.class);
        for (ThreatFinding t : a.threats()) {
            if (t.open()) byRisk.merge(t.risk(), 1, Integer::sum);
            byStatus.merge(t.status(), 1, Integer::sum);
        }
        ObjectNode r = s.putObject("openByRisk");
        for (Level l : new Level[] {Level.CRITICAL, Level.HIGH, Level.MEDIUM, Level.LOW}) r.put(l.getLiteral(), byRisk.getOrDefault(l, 0));
        ObjectNode st = s.putObject("byStatus");
        for (ThreatStatus x : ThreatStatus.VALUES) st.put(x.getLiteral(), byStatus.getOrDefault(x, 0));
        return s;
    }
}
