package org.threatloom.catalog.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.threatloom.catalog.CatalogSet;
import org.threatloom.catalog.data.Emb3dProperty;
import org.threatloom.catalog.data.Emb3dThreat;
import org.threatloom.catalog.data.Weakness;
import org.threatloom.catalog.rules.expr.Binder;
import org.threatloom.catalog.rules.expr.ConditionException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * EMB3D's property -> threat method as rules. {@code emb3d/properties.yaml} says, per device property (PID), how
 * the property shows in a model (a condition over a Device); {@code emb3d/threats.yaml} gives, per threat (TID),
 * STRIDE, likelihood, impact and the countermeasure kinds its EMB3D mitigations stand for. For every TID this
 * builds the rule {@code EMB3D-TID-n}: it fires on a device exhibiting any property EMB3D links to that threat.
 */
final class Emb3dRules {
    static final String PROPERTIES = RuleResources.ROOT + "emb3d/properties.yaml";
    static final String THREATS = RuleResources.ROOT + "emb3d/threats.yaml";
    private static final ObjectMapper YAML = Yaml.mapper();

    static final class PropertySpec {
        public String pid;
        public List<String> appliesTo;
        public String condition;
        public String note;
    }

    static final class ThreatSpec {
        public String tid;
        public String stride;
        public String likelihood;
        public String impact;
        public List<String> mitigatedBy;
        public List<String> mids;
        public RuleSpec.Fixtures fixtures;
    }

    private Emb3dRules() {}

    static List<Rule> build(String propertiesYaml, String threatsYaml, CatalogSet catalogs, RuleReader reader, List<String> problems) {
        List<PropertySpec> properties = parse(propertiesYaml, PROPERTIES, new TypeReference<>() {}, problems);
        List<ThreatSpec> threats = parse(threatsYaml, THREATS, new TypeReference<>() {}, problems);
        if (properties == null || threats == null) return List.of();
        Map<String, String> conditionByPid = new LinkedHashMap<>();
        for (PropertySpec p : properties) {
            String where = PROPERTIES + ": " + p.pid;
            if (p.pid == null || catalogs.find(p.pid, Emb3dProperty.class).isEmpty()) {
                problems.add(where + ": not an EMB3D property id");
                continue;
            }
            if (p.appliesTo != null && !p.appliesTo.equals(List.of("Device"))) problems.add(where + ": EMB3D properties apply to Device");
            try {
                Binder.compile(p.condition, Binder.eClass("Device"));
                conditionByPid.put(p.pid, p.condition.trim());
            } catch (ConditionException e) {
                problems.add(where + ": condition " + e.describe() + "  [" + p.condition + "]");
            }
        }
        List<Rule> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ThreatSpec t : threats) {
            Optional<Emb3dThreat> threat = t.tid == null ? Optional.empty() : catalogs.find(t.tid, Emb3dThreat.class);
            if (threat.isEmpty()) {
                problems.add(THREATS + ": " + t.tid + ": not an EMB3D threat id");
                continue;
            }
            if (!seen.add(t.tid)) problems.add(THREATS + ": " + t.tid + " appears twice");
            List<String> clauses = new ArrayList<>();
            List<String> pids = new ArrayList<>();
            for (Emb3dProperty p : catalogs.links().propertiesForThreat(t.tid)) {
                String c = conditionByPid.get(p.id());
                if (c != null && !c.equals("false")) {
                    clauses.add("(" + c + ")");
                    pids.add(p.id() + " " + p.name());
                }
            }
            if (clauses.isEmpty()) continue; // no property EMB3D links to this threat can be expressed in a model
            RuleSpec spec = new RuleSpec();
            spec.id = "EMB3D-" + t.tid;
            spec.title = threat.get().name();
            spec.description = "EMB3D threat " + t.tid + " (" + threat.get().category() + ", " + threat.get().maturity()
                    + "). Selected by the device properties: " + String.join("; ", pids) + ".";
            spec.stride = t.stride;
            spec.domain = "emb3d";
            spec.appliesTo = List.of("Device");
            spec.condition = String.join(" or ", clauses);
            spec.references = references(threat.get(), catalogs);
            spec.likelihood = t.likelihood;
            spec.impact = t.impact;
            spec.mitigatedBy = t.mitigatedBy;
            spec.fixtures = t.fixtures;
            reader.check(spec, THREATS + ": " + t.tid, null, problems).ifPresent(out::add);
        }
        return out;
    }

    private static List<String> references(Emb3dThreat t, CatalogSet catalogs) {
        List<String> refs = new ArrayList<>();
        refs.add(t.id());
        for (String cwe : t.weaknesses()) if (catalogs.find(cwe, Weakness.class).isPresent()) refs.add(cwe);
        for (String ics : t.icsTechniques()) if (catalogs.find(ics).isPresent()) refs.add(ics);
        return refs;
    }

    private static <T> List<T> parse(String yaml, String source, TypeReference<List<T>> type, List<String> problems) {
        if (yaml == null) return List.of();
        try {
            List<T> list = YAML.readValue(yaml, type);
            return list == null ? List.of() : list;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            problems.add(source + ": malformed" + where + ": " + e.getOriginalMessage());
            return null;
        }
    }
}
