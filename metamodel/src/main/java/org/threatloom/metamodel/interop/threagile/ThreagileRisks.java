package org.threatloom.metamodel.interop.threagile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.threatloom.metamodel.interop.ImportException;
import org.threatloom.metamodel.interop.MappingTable;
import org.threatloom.metamodel.interop.ModelBuilder;
import org.threatloom.metamodel.interop.SourceNode;
import org.threatloom.model.Level;
import org.threatloom.model.ModelElement;
import org.threatloom.model.Stride;
import org.threatloom.model.Threat;

/**
 * Threagile's threats. {@code individual_risk_categories} (older: {@code custom_risk_categories}) declare manual risks,
 * each becoming a threat with the category's STRIDE and CWE. {@code risk_tracking} records the status of a risk by its
 * synthetic id {@code category@elementId[@elementId...]}: a tracked risk that is not an individual one becomes a
 * threat too (category data from threagile.yaml's riskCategories), on the first element its id names. Wildcard keys
 * apply to Threagile's own findings, which ThreatLoom does not reproduce: they are reported.
 */
final class ThreagileRisks {
    private final ThreagileImporter in;
    private final ModelBuilder b;
    private final Map<String, SourceNode> tracking = new LinkedHashMap<>();
    private final Set<String> done = new HashSet<>();

    ThreagileRisks(ThreagileImporter in) {
        this.in = in;
        this.b = in.b;
    }

    void read(SourceNode root) throws ImportException {
        tracking.putAll(root.get("risk_tracking").fields());
        SourceNode individual = root.has("individual_risk_categories") ? root.get("individual_risk_categories") : root.get("custom_risk_categories");
        for (Map.Entry<String, SourceNode> c : individual.fields().entrySet()) category(c.getKey(), c.getValue());
        for (Map.Entry<String, SourceNode> t : tracking.entrySet()) {
            if (done.contains(t.getKey())) continue;
            if (t.getKey().contains("*")) {
                b.report().unmapped(t.getValue().pointer(), "risk tracking '" + t.getKey() + "'",
                        "a wildcard applies to Threagile's own findings; ThreatLoom has none to attach it to");
                continue;
            }
            tracked(t.getKey(), t.getValue());
        }
    }

    private void category(String title, SourceNode c) throws ImportException {
        String id = c.requireString("id");
        Stride stride = b.stride(c.nonBlank("stride"));
        for (Map.Entry<String, SourceNode> r : c.get("risks_identified").fields().entrySet()) {
            SourceNode risk = r.getValue();
            List<String> ids = new ArrayList<>();
            for (String k : List.of("most_relevant_technical_asset", "most_relevant_communication_link", "most_relevant_data_asset",
                    "most_relevant_trust_boundary", "most_relevant_shared_runtime")) {
                if (risk.nonBlank(k) != null) ids.add(risk.string(k));
            }
            String synthetic = id + "@" + String.join("@", ids);
            ModelElement target = target(ids);
            if (target == null && !ids.isEmpty()) {
                b.report().unmapped(risk.pointer(), "risk '" + r.getKey() + "'", "it names no imported element; kept on the system");
            }
            Threat t = b.threat(synthetic, r.getKey(), target);
            if (stride != null) t.setStride(stride);
            else ModelBuilder.property(t, "stride.unknown", "true");
            t.setDescription(c.nonBlank("description"));
            ModelBuilder.property(t, "threagile.category", id);
            ModelBuilder.property(t, "threagile.categoryTitle", title);
            ModelBuilder.property(t, "threagile.mitigation", c.nonBlank("mitigation"));
            Double cwe = c.number("cwe");
            if (cwe != null && cwe > 0) t.getReferences().add("CWE-" + cwe.intValue());
            rate(t, risk);
            track(t, synthetic);
        }
    }

    private void tracked(String synthetic, SourceNode tracked) throws ImportException {
        String[] parts = synthetic.split("@");
        String category = parts[0];
        Map<String, Object> known = knownCategory(category);
        List<String> ids = List.of(parts).subList(1, parts.length);
        ModelElement target = target(ids);
        if (target == null) {
            b.report().unmapped(tracked.pointer(), "risk tracking '" + synthetic + "'", "it names no imported element; kept on the system");
        }
        String title = known == null ? category : String.valueOf(known.get("title"));
        Threat t = b.threat(synthetic, title + (target == null ? "" : " at " + target.getName()), target);
        ModelBuilder.property(t, "threagile.category", category);
        if (known != null) {
            t.setStride(Stride.get(String.valueOf(known.get("stride"))));
            t.getReferences().add("CWE-" + known.get("cwe"));
        } else {
            ModelBuilder.property(t, "stride.unknown", "true");
            b.report().unmapped(tracked.pointer(), "risk category '" + category + "'", "not a built-in Threagile category; no STRIDE known");
        }
        track(t, synthetic);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> knownCategory(String category) {
        Object v = in.table.rawSection("riskCategories").get(MappingTable.key(category));
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    private void track(Threat t, String synthetic) throws ImportException {
        SourceNode tracked = tracking.get(synthetic);
        if (tracked == null) return;
        done.add(synthetic);
        b.status(t, tracked.nonBlank("status"), tracked.get("status").pointer());
        t.setJustification(tracked.nonBlank("justification"));
        for (String k : List.of("ticket", "date", "checked_by")) ModelBuilder.property(t, "threagile." + k, tracked.nonBlank(k));
    }

    private void rate(Threat t, SourceNode risk) throws ImportException {
        Level l = b.level(risk.nonBlank("exploitation_likelihood")), i = b.level(risk.nonBlank("exploitation_impact")),
                s = b.level(risk.nonBlank("severity"));
        if (l != null) t.setLikelihood(l);
        if (i != null) t.setImpact(i);
        if (s != null) t.setRisk(s);
        for (String k : List.of("severity", "exploitation_likelihood", "exploitation_impact", "data_breach_probability")) {
            ModelBuilder.property(t, "threagile." + k, risk.nonBlank(k));
        }
    }

    /** The first id that names an imported asset, link, data asset, boundary or runtime. */
    private ModelElement target(List<String> ids) {
        for (String id : ids) {
            if (in.assets.containsKey(id)) return in.assets.get(id);
            if (in.links.containsKey(id)) return in.links.get(id);
            if (in.data.containsKey(id)) return in.data.get(id);
            if (in.zones.containsKey(id)) return in.zones.get(id);
            if (in.runtimes.containsKey(id)) return in.runtimes.get(id);
        }
        return null;
    }
}
