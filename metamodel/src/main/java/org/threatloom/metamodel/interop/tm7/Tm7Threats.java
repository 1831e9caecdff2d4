package org.threatloom.metamodel.interop.tm7;

import java.util.LinkedHashMap;
import java.util.Map;

import org.threatloom.metamodel.interop.ImportException;
import org.threatloom.metamodel.interop.ModelBuilder;
import org.threatloom.metamodel.interop.SafeXml;
import org.threatloom.model.Level;
import org.threatloom.model.ModelElement;
import org.threatloom.model.Threat;
import org.w3c.dom.Element;

/**
 * TMT threat instances ({@code ThreatInstances/KeyValueOfstringThreat...}): one per (threat type, source, flow,
 * target). The record keeps TMT's key as sourceId (stable across saves) and TMT's visible number as its id; the
 * category comes from UserThreatCategory or the threat type's category; the element is the one the threat type's
 * title is about ({@code {target.Name}} or {@code {source.Name}}), else the flow.
 */
final class Tm7Threats {
    private final ModelBuilder b;
    private final Tm7KnowledgeBase kb;
    private final Map<String, ModelElement> byGuid;
    private final String file;

    Tm7Threats(ModelBuilder b, Tm7KnowledgeBase kb, Map<String, ModelElement> byGuid, String file) {
        this.b = b;
        this.kb = kb;
        this.byGuid = byGuid;
        this.file = file;
    }

    void read(Element root) throws ImportException {
        for (Element entry : SafeXml.children(SafeXml.child(root, "ThreatInstances"), null)) {
            Element value = SafeXml.child(entry, "Value");
            if (value == null) throw SafeXml.error(file, entry, "a threat instance needs a Value");
            String key = SafeXml.text(entry, "Key");
            String typeId = SafeXml.text(value, "TypeId");
            Map<String, String> props = properties(value);
            Tm7KnowledgeBase.ThreatType type = typeId == null ? null : kb.threatTypes.get(typeId);
            String title = props.getOrDefault("Title", type == null ? typeId : type.title());
            ModelElement target = target(value, type);
            String place = SafeXml.path(entry);
            if (target == null) b.report().unmapped(place, "threat '" + title + "'", "its elements were not imported; kept on the system");
            String number = SafeXml.text(value, "Id");
            Threat t = b.threat(number != null ? number : key, title, target);
            t.setSourceId(key != null ? key : number);
            ModelBuilder.property(t, "tm7.id", number);
            ModelBuilder.property(t, "tm7.typeId", typeId);
            String category = props.get("UserThreatCategory");
            if (category == null && type != null && type.category() != null) category = type.category();
            if (category != null) b.category(t, category, place);
            else ModelBuilder.property(t, "stride.unknown", "true");
            t.setDescription(props.get("UserThreatDescription"));
            b.status(t, SafeXml.text(value, "State"), place + "/Value/State");
            t.setJustification(props.getOrDefault("StateInformation", SafeXml.text(value, "StateInformation")));
            String priority = props.getOrDefault("Priority", SafeXml.text(value, "Priority"));
            Level l = b.level(priority);
            if (l != null) t.setRisk(l);
            ModelBuilder.property(t, "tm7.priority", priority);
            ModelBuilder.property(t, "tm7.possibleMitigations", props.get("PossibleMitigations"));
            ModelBuilder.property(t, "tm7.interaction", props.getOrDefault("InteractionString", SafeXml.text(value, "InteractionKey")));
        }
    }

    private ModelElement target(Element value, Tm7KnowledgeBase.ThreatType type) {
        ModelElement source = byGuid.get(SafeXml.text(value, "SourceGuid"));
        ModelElement target = byGuid.get(SafeXml.text(value, "TargetGuid"));
        ModelElement flow = byGuid.get(SafeXml.text(value, "FlowGuid"));
        String template = type == null || type.title() == null ? "" : type.title();
        boolean aboutTarget = template.contains("{target."), aboutSource = template.contains("{source.");
        if (aboutTarget && !aboutSource && target != null) return target;
        if (aboutSource && !aboutTarget && source != null) return source;
        return flow != null ? flow : target != null ? target : source;
    }

    private static Map<String, String> properties(Element value) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element kv : SafeXml.children(SafeXml.child(value, "Properties"), null)) {
            String k = SafeXml.text(kv, "Key"), v = SafeXml.text(kv, "Value");
            if (k != null && v != null) out.put(k, v);
        }
        return out;
    }
}
