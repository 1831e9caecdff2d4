package org.threatloom.metamodel.interop.threatdragon;

import java.util.List;
import java.util.Locale;

import org.threatloom.metamodel.interop.ModelBuilder;
import org.threatloom.model.ModelElement;
import org.threatloom.model.SystemModel;
import org.threatloom.model.Threat;
import org.threatloom.model.ThreatStatus;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Threat records on an element as Threat Dragon threats: original id, title and status (as written in the source when
 * it was Threat Dragon), category label, severity from the risk, and the td.* properties kept at import.
 */
final class TdThreatWriter {
    private final SystemModel model;
    private final List<String> omitted;

    TdThreatWriter(SystemModel model, List<String> omitted) {
        this.model = model;
        this.omitted = omitted;
    }

    void write(ObjectNode data, ModelElement e) {
        ArrayNode list = data.putArray("threats");
        boolean open = false;
        int number = 0;
        for (Threat t : model.getThreats()) {
            if (t.getTarget() != e) continue;
            number++;
            ObjectNode o = list.addObject();
            o.put("id", t.getSourceId() != null ? t.getSourceId() : t.getId());
            o.put("title", ThreatDragonExporter.orEmpty(t.getName()));
            o.put("type", ThreatDragonExporter.orElse(ModelBuilder.property(t, "source.category"), strideLabel(t)));
            o.put("status", status(t));
            o.put("severity", ThreatDragonExporter.orElse(ModelBuilder.property(t, "td.severity"), capital(t.getRisk().getLiteral())));
            o.put("description", ThreatDragonExporter.orEmpty(t.getDescription()));
            o.put("mitigation", ThreatDragonExporter.orEmpty(ModelBuilder.property(t, "td.mitigation")));
            o.put("modelType", ThreatDragonExporter.orElse(ModelBuilder.property(t, "td.modelType"), "STRIDE"));
            String n = ModelBuilder.property(t, "td.number");
            o.put("number", n != null && n.matches("\\d+") ? Integer.parseInt(n) : number);
            o.put("score", ThreatDragonExporter.orEmpty(ModelBuilder.property(t, "td.score")));
            open |= t.getStatus() == ThreatStatus.OPEN;
        }
        data.put("hasOpenThreats", open);
    }

    private String status(Threat t) {
        String original = ModelBuilder.property(t, "source.status");
        if (original != null && ("open".equalsIgnoreCase(original) || "mitigated".equalsIgnoreCase(original)
                || original.replace(" ", "").equalsIgnoreCase("notapplicable"))) return original;
        return switch (t.getStatus()) {
            case MITIGATED -> "Mitigated";
            case NOT_APPLICABLE -> "NotApplicable";
            case OPEN -> "Open";
            default -> {
                omitted.add("threat '" + t.getName() + "': status " + t.getStatus() + " has no Threat Dragon equivalent; written as Open");
                yield "Open";
            }
        };
    }

    private static String strideLabel(Threat t) {
        String s = t.getStride().getLiteral().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String capital(String s) {
        return s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
    }
}
