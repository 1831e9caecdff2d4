package org.threatloom.evidence.sarif;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.threatloom.catalog.derive.Analysis;
import org.threatloom.catalog.derive.ThreatFinding;
import org.threatloom.catalog.rules.Rule;
import org.threatloom.metamodel.query.Labels;
import org.threatloom.model.Level;
import org.threatloom.model.ModelElement;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0 for CI: one result per open threat, located at the model file and the element (line of its
 * {@code xmi:id} when known), with the rule's metadata, catalog references as tags and a
 * {@code security-severity} so code-scanning UIs sort by risk. Fingerprints are the stable threat ids.
 */
public final class SarifWriter {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SarifWriter() {}

    /**
     * @param modelUri  the model file as the SARIF artifact URI (relative to the repository root when possible)
     * @param lineOf    the 1-based line of an element id in the file, or 0 when unknown
     */
    public static ObjectNode of(Analysis analysis, String modelUri, ToIntFunction<String> lineOf, String toolVersion) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "ThreatLoom");
        driver.put("version", toolVersion);
        driver.put("informationUri", "https://threatloom.org");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode results = run.putArray("results");
        for (ThreatFinding t : analysis.open()) {
            String ruleId = t.ruleId() == null ? "recorded-threat" : t.ruleId();
            Integer index = ruleIndex.get(ruleId);
            if (index == null) {
                index = ruleIndex.size();
                ruleIndex.put(ruleId, index);
                rules.add(rule(ruleId, t));
            }
            results.add(result(t, ruleId, index, modelUri, lineOf));
        }
        ObjectNode props = run.putObject("properties");
        ObjectNode catalogs = props.putObject("catalogs");
        analysis.catalogVersions().forEach(catalogs::put);
        return root;
    }

    private static ObjectNode rule(String id, ThreatFinding t) {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("id", id);
        Rule rule = t.rule();
        r.put("name", id);
        r.putObject("shortDescription").put("text", rule == null ? "Threat recorded in the model" : rule.title());
        if (rule != null && !rule.description().isEmpty()) r.putObject("fullDescription").put("text", rule.description());
        if (rule != null) {
            r.putObject("help").put("text", "Mitigated by: " + String.join(", ", rule.mitigatedBy().stream().map(k -> k.getLiteral()).toList())
                    + ". References: " + String.join(", ", rule.references()) + ".");
            r.putObject("defaultConfiguration").put("level", level(rule.impact()));
        }
        ObjectNode props = r.putObject("properties");
        ArrayNode tags = props.putArray("tags");
        tags.add("security");
        if (t.stride() != null) tags.add(t.stride().getLiteral());
        if (rule != null) tags.add(rule.domain());
        t.references().forEach(tags::add);
        return r;
    }

    private static ObjectNode result(ThreatFinding t, String ruleId, int index, String uri, ToIntFunction<String> lineOf) {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("ruleId", ruleId);
        r.put("ruleIndex", index);
        r.put("level", level(t.risk()));
        String elementId = t.element() instanceof ModelElement e ? e.getId() : null;
        r.putObject("message").put("text", t.title() + " (" + Labels.of(t.element()) + "; risk " + t.risk().getLiteral()
                + ", likelihood " + t.likelihood().getLiteral() + ", impact " + t.impact().getLiteral() + ")");
        ObjectNode location = r.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri);
        int line = elementId == null ? 0 : lineOf.applyAsInt(elementId);
        if (line > 0) physical.putObject("region").put("startLine", line);
        ObjectNode logical = location.putArray("logicalLocations").addObject();
        logical.put("name", Labels.name(t.element()));
        logical.put("fullyQualifiedName", elementId);
        logical.put("kind", "element");
        r.putObject("partialFingerprints").put("threatId/v1", t.id());
        ObjectNode props = r.putObject("properties");
        props.put("threatId", t.id());
        props.put("risk", t.risk().getLiteral());
        props.put("security-severity", severity(t.risk()));
        if (t.stride() != null) props.put("stride", t.stride().getLiteral());
        return r;
    }

    static String level(Level risk) {
        return switch (risk) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW -> "note";
        };
    }

    static String severity(Level risk) {
        return switch (risk) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
        };
    }
}
