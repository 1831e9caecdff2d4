package org.threatloom.metamodel.interop.otm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.threatloom.metamodel.interop.ModelBuilder;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.CountermeasureStatus;
import org.threatloom.model.ModelElement;
import org.threatloom.model.SystemModel;
import org.threatloom.model.Threat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Threat records become OTM's declared threats (grouped by their original OTM id, {@code otm.threatId}) attached to
 * the components and dataflows they are on; countermeasures become declared mitigations attached with a state.
 */
final class OtmThreatWriter {
    private final SystemModel model;
    private final List<String> omitted;

    OtmThreatWriter(SystemModel model, List<String> omitted) {
        this.model = model;
        this.omitted = omitted;
    }

    void write(ObjectNode root, ArrayNode components, ArrayNode flows) {
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        for (JsonNode n : components) byId.put(n.get("id").asText(), (ObjectNode) n);
        for (JsonNode n : flows) byId.put(n.get("id").asText(), (ObjectNode) n);
        Map<String, ObjectNode> declared = new LinkedHashMap<>();
        for (Threat t : model.getThreats()) {
            String declId = OtmExporter.orElse(ModelBuilder.property(t, "otm.threatId"), OtmExporter.id(t));
            if (!declared.containsKey(declId)) declared.put(declId, declaration(t, declId));
            ModelElement target = t.getTarget();
            ObjectNode owner = target == null || target == model ? null : byId.get(OtmExporter.id(target));
            if (owner == null) {
                if (target != null && target != model) omitted.add("threat '" + t.getName() + "': on a " + target.eClass().getName() + "; declared, attached to nothing");
                continue;
            }
            ObjectNode instance = owner.withArray("threats").addObject();
            instance.put("threat", declId);
            instance.put("state", state(t));
            mitigations(instance, t);
        }
        if (!declared.isEmpty()) {
            ArrayNode threats = root.putArray("threats");
            declared.values().forEach(threats::add);
        }
        if (!model.getCountermeasures().isEmpty()) {
            ArrayNode list = root.putArray("mitigations");
            for (Countermeasure c : model.getCountermeasures()) {
                ObjectNode m = list.addObject();
                m.put("id", OtmExporter.id(c));
                m.put("name", OtmExporter.orElse(c.getName(), c.getId()));
                OtmExporter.putIf(m, "description", c.getDescription());
                m.set("riskReduction", OtmExporter.number(OtmExporter.orElse(ModelBuilder.property(c, "otm.riskReduction"), "50")));
                OtmExporter.attributes(m, c);
            }
        }
    }

    private ObjectNode declaration(Threat t, String id) {
        ObjectNode d = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        d.put("id", id);
        d.put("name", OtmExporter.orElse(t.getName(), t.getId()));
        OtmExporter.putIf(d, "description", t.getDescription());
        ArrayNode categories = d.putArray("categories");
        String original = ModelBuilder.property(t, "otm.categories");
        if (original != null) for (String c : original.split(";")) categories.add(c);
        else if (!"true".equals(ModelBuilder.property(t, "stride.unknown"))) categories.add(label(t));
        ArrayNode cwes = d.putArray("cwes");
        for (String r : t.getReferences()) if (r.toUpperCase(Locale.ROOT).startsWith("CWE-")) cwes.add(r);
        ObjectNode risk = d.putObject("risk");
        risk.set("likelihood", OtmExporter.number(OtmExporter.orElse(ModelBuilder.property(t, "otm.likelihood"),
                Integer.toString(OtmRatings.rating(t.getLikelihood())))));
        risk.set("impact", OtmExporter.number(OtmExporter.orElse(ModelBuilder.property(t, "otm.impact"), Integer.toString(OtmRatings.rating(t.getImpact())))));
        OtmExporter.putIf(risk, "likelihoodComment", ModelBuilder.property(t, "otm.likelihoodComment"));
        OtmExporter.putIf(risk, "impactComment", ModelBuilder.property(t, "otm.impactComment"));
        if (!t.getTags().isEmpty()) t.getTags().forEach(d.withArray("tags")::add);
        return d;
    }

    private void mitigations(ObjectNode instance, Threat t) {
        Map<String, String> states = new LinkedHashMap<>();
        String kept = ModelBuilder.property(t, "otm.mitigations");
        if (kept != null) {
            for (String pair : kept.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) states.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        for (Countermeasure c : t.getMitigatedBy()) {
            ObjectNode m = instance.withArray("mitigations").addObject();
            String id = OtmExporter.id(c);
            m.put("mitigation", id);
            String state = states.get(id);
            m.put("state", state != null && !state.isEmpty() ? state : state(c.getStatus()));
        }
    }

    private static String state(Threat t) {
        String original = ModelBuilder.property(t, "source.status");
        return original != null ? original : t.getStatus().getLiteral().toLowerCase(Locale.ROOT);
    }

    private static String state(CountermeasureStatus s) {
        return switch (s) {
            case IMPLEMENTED, VERIFIED -> "implemented";
            case PLANNED -> "required";
            default -> "recommended";
        };
    }

    private static String label(Threat t) {
        String s = t.getStride().getLiteral().replace('_', ' ').toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (String w : s.split(" ")) sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        return sb.toString();
    }
}
