package org.threatloom.metamodel.interop.threatdragon;

import org.threatloom.metamodel.interop.ImportException;
import org.threatloom.metamodel.interop.ModelBuilder;
import org.threatloom.metamodel.interop.SourceNode;
import org.threatloom.model.Level;
import org.threatloom.model.ModelElement;
import org.threatloom.model.Threat;

/**
 * Threat Dragon threats: {id (v2) or threatId, title, type, status, severity, description, mitigation, modelType,
 * number, score}. The id, title and status are kept; the category becomes a STRIDE value (non-STRIDE methodologies
 * map to the nearest, the label kept); the severity becomes risk and impact; the mitigation text is kept as the
 * property {@code td.mitigation} (Threat Dragon has no mitigation objects).
 */
final class TdThreats {
    private final ModelBuilder b;

    TdThreats(ModelBuilder b) {
        this.b = b;
    }

    void read(SourceNode t, String fallbackId, ModelElement target) throws ImportException {
        if (!t.isObject()) throw t.error("expected a threat object, found " + t.describeKind());
        String sourceId = t.nonBlank("id");
        if (sourceId == null) sourceId = t.nonBlank("threatId");
        if (sourceId == null) sourceId = fallbackId;
        Threat threat = b.threat(sourceId, t.nonBlank("title"), target);
        threat.setDescription(t.nonBlank("description"));
        String type = t.nonBlank("type");
        if (type != null) b.category(threat, type, t.get("type").pointer());
        else ModelBuilder.property(threat, "stride.unknown", "true");
        b.status(threat, t.nonBlank("status"), t.get("status").pointer());
        String severity = t.nonBlank("severity");
        Level level = b.level(severity);
        if (level != null) {
            threat.setRisk(level);
            threat.setImpact(level);
            if (!severity.equalsIgnoreCase(level.getLiteral())) ModelBuilder.property(threat, "td.severity", severity);
        } else {
            ModelBuilder.property(threat, "td.severity", severity);
        }
        ModelBuilder.property(threat, "td.mitigation", t.nonBlank("mitigation"));
        ModelBuilder.property(threat, "td.modelType", t.nonBlank("modelType"));
        ModelBuilder.property(threat, "td.number", t.nonBlank("number"));
        ModelBuilder.property(threat, "td.score", t.nonBlank("score"));
    }
}
