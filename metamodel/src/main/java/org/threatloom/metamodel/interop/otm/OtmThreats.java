package org.threatloom.metamodel.interop.otm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.threatloom.metamodel.interop.ImportException;
import org.threatloom.metamodel.interop.MappingTable;
import org.threatloom.metamodel.interop.ModelBuilder;
import org.threatloom.metamodel.interop.SourceNode;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.CountermeasureStatus;
import org.threatloom.model.ModelElement;
import org.threatloom.model.Threat;
import org.threatloom.model.ThreatloomPackage;

/**
 * OTM threats and mitigations are declared once ({@code threats[]}, {@code mitigations[]}) and attached to components
 * and dataflows ({@code threats[{threat, state, mitigations[{mitigation, state}]}]}). Each attachment becomes one
 * threat record: it keeps the declared id when the threat is attached once, else {@code threatId@elementId}; the
 * declared id stays in the property {@code otm.threatId}. Each declared mitigation becomes one countermeasure with
 * the most advanced state of its attachments; it protects the elements where it is implemented, unless its kind was
 * guessed.
 */
final class OtmThreats {
    private final ModelBuilder b;
    private final Map<String, ModelElement> elements;
    private final Map<String, SourceNode> declared = new LinkedHashMap<>();
    private final Map<String, SourceNode> mitigations = new LinkedHashMap<>();
    private final Map<String, Countermeasure> countermeasures = new HashMap<>();
    private final Map<String, CountermeasureStatus> states;

    OtmThreats(ModelBuilder b, Map<String, ModelElement> elements) {
        this.b = b;
        this.elements = elements;
        this.states = MappingTable.get("otm").literals("mitigationStates", ThreatloomPackage.eINSTANCE.getCountermeasureStatus());
    }

    void read(SourceNode root, List<SourceNode> components, List<SourceNode> flows) throws ImportException {
        for (SourceNode t : root.get("threats").items()) declared.put(t.requireString("id"), t);
        for (SourceNode m : root.get("mitigations").items()) mitigations.put(m.requireString("id"), m);
        Map<String, Integer> uses = new HashMap<>();
        List<SourceNode> owners = new ArrayList<>(components);
        owners.addAll(flows);
        for (SourceNode owner : owners) {
            for (SourceNode i : owner.get("threats").items()) uses.merge(i.string("threat"), 1, Integer::sum);
        }
        for (SourceNode owner : owners) {
            ModelElement target = elements.get(owner.string("id"));
            for (SourceNode instance : owner.get("threats").items()) {
                if (target == null) b.report().unmapped(instance.pointer(), "threat", "its component or dataflow was not imported");
                else instance(instance, target, uses.getOrDefault(instance.string("threat"), 0) > 1);
            }
        }
        for (Map.Entry<String, SourceNode> d : declared.entrySet()) {
            if (!uses.containsKey(d.getKey())) {
                Threat t = threat(d.getValue(), d.getKey(), b.model());
                b.report().note("threat '" + d.getKey() + "' is attached to nothing; imported on the system (" + t.getId() + ")");
            }
        }
        for (Map.Entry<String, SourceNode> m : mitigations.entrySet()) countermeasure(m.getKey());
    }

    private void instance(SourceNode instance, ModelElement target, boolean shared) throws ImportException {
        String ref = instance.requireString("threat");
        SourceNode decl = declared.get(ref);
        if (decl == null) throw instance.get("threat").error("no threat with id '" + ref + "' in threats[]");
        Threat t = threat(decl, shared ? ref + "@" + target.getSourceId() : ref, target);
        b.status(t, instance.nonBlank("state"), instance.get("state").pointer());
        List<String> states = new ArrayList<>();
        for (SourceNode m : instance.get("mitigations").items()) {
            if (m.absent()) continue;
            String id = m.requireString("mitigation");
            if (!mitigations.containsKey(id)) throw m.get("mitigation").error("no mitigation with id '" + id + "' in mitigations[]");
            Countermeasure c = countermeasure(id);
            t.getMitigatedBy().add(c);
            String state = m.nonBlank("state");
            states.add(id + "=" + (state == null ? "" : state));
            CountermeasureStatus s = state == null ? null : this.states.get(MappingTable.key(state));
            if (state != null && s == null) b.report().unmapped(m.get("state").pointer(), "mitigation state '" + state + "'", "unknown; left PROPOSED");
            if (s != null && s.getValue() > c.getStatus().getValue()) c.setStatus(s);
            if (s == CountermeasureStatus.IMPLEMENTED && !c.getTags().contains(ModelBuilder.KIND_GUESSED) && !c.getProtects().contains(target)) {
                c.getProtects().add(target);
            }
        }
        ModelBuilder.property(t, "otm.mitigations", states.isEmpty() ? null : String.join(";", states));
    }

    private Threat threat(SourceNode decl, String id, ModelElement target) throws ImportException {
        Threat t = b.threat(id, decl.requireString("name"), target);
        t.setDescription(decl.nonBlank("description"));
        ModelBuilder.property(t, "otm.threatId", decl.string("id"));
        List<String> categories = decl.strings("categories");
        String first = categories.stream().filter(c -> b.stride(c) != null).findFirst().orElse(categories.isEmpty() ? null : categories.get(0));
        if (first != null) b.category(t, first, decl.get("categories").pointer());
        else ModelBuilder.property(t, "stride.unknown", "true");
        ModelBuilder.property(t, "otm.categories", categories.isEmpty() ? null : String.join(";", categories));
        for (String cwe : decl.strings("cwes")) t.getReferences().add(cwe.toUpperCase(java.util.Locale.ROOT).startsWith("CWE-") ? cwe : "CWE-" + cwe);
        SourceNode risk = decl.get("risk");
        Double likelihood = risk.number("likelihood"), impact = risk.number("impact");
        if (likelihood != null) t.setLikelihood(OtmRatings.level(likelihood));
        if (impact != null) t.setImpact(OtmRatings.level(impact));
        ModelBuilder.property(t, "otm.likelihood", ModelBuilder.num(likelihood));
        ModelBuilder.property(t, "otm.impact", ModelBuilder.num(impact));
        ModelBuilder.property(t, "otm.likelihoodComment", risk.nonBlank("likelihoodComment"));
        ModelBuilder.property(t, "otm.impactComment", risk.nonBlank("impactComment"));
        t.getTags().addAll(decl.strings("tags"));
        return t;
    }

    private Countermeasure countermeasure(String id) throws ImportException {
        Countermeasure c = countermeasures.get(id);
        if (c != null) return c;
        SourceNode m = mitigations.get(id);
        c = b.countermeasure(id, m.requireString("name"), m.nonBlank("description"));
        ModelBuilder.property(c, "otm.riskReduction", ModelBuilder.num(m.number("riskReduction")));
        countermeasures.put(id, c);
        return c;
    }
}
