package org.threatloom.evidence.oscal;

import org.threatloom.compliance.assess.Assessment;
import org.threatloom.compliance.assess.Evidence;
import org.threatloom.compliance.assess.RequirementResult;
import org.threatloom.compliance.assess.TargetResult;
import org.threatloom.compliance.assess.Verdict;
import org.threatloom.evidence.report.ReportContext;
import org.threatloom.metamodel.query.Labels;
import org.threatloom.model.SystemModel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OSCAL assessment plan (imports the SSP; all controls, all components; two activities: examining the model and
 * testing it with the formal checker) and the assessment results (imports the plan): one observation and one finding
 * per selected, applicable requirement on each target. Verdict words follow the crosswalk: satisfied -> satisfied/pass,
 * not satisfied -> not-satisfied/fail, partially -> not-satisfied/other with implementation status partial; "not
 * applicable" is recorded in the SSP with its justification, not as a finding.
 */
final class AssessmentWriter {
    private AssessmentWriter() {}

    static ObjectNode plan(ReportContext ctx, Assessment a, String sspHref) {
        SystemModel m = ctx.inputs().model();
        ObjectNode root = OscalJson.MAPPER.createObjectNode();
        ObjectNode p = root.putObject("assessment-plan");
        p.put("uuid", OscalIds.uuid("assessment-plan", m.getId(), a.profileId(), ctx.inputs().modelSha256()));
        OscalJson.metadata(p, "Assessment plan: " + Labels.name(m) + " against " + a.profileTitle(), SspWriter.version(m), ctx.inputs().asOf(),
                "Automated assessment by ThreatLoom " + ctx.inputs().versions().tool() + ".");
        p.putObject("import-ssp").put("href", sspHref);
        ArrayNode acts = p.putObject("local-definitions").putArray("activities");
        activity(acts, activityUuid(m, "examine"), "Examine the model", "Model checks, countermeasures, attestations and review decisions "
                + "evaluated by the compliance profile's mapping.", "EXAMINE");
        activity(acts, activityUuid(m, "test"), "Test with the formal checker", "Sufficiency theorems checked by the formal checker "
                + "(records: " + ctx.inputs().proofs().origin() + ").", "TEST");
        p.putObject("reviewed-controls").putArray("control-selections").addObject().putObject("include-all");
        ObjectNode subjects = p.putArray("assessment-subjects").addObject();
        subjects.put("type", "component");
        subjects.putObject("include-all");
        ObjectNode task = p.putArray("tasks").addObject();
        task.put("uuid", OscalIds.uuid("task", m.getId(), a.profileId()));
        task.put("type", "action");
        task.put("title", OscalText.line("Assess " + Labels.name(m) + " with ThreatLoom"));
        for (String kind : new String[] {"examine", "test"}) {
            ObjectNode aa = task.has("associated-activities") ? ((ArrayNode) task.get("associated-activities")).addObject()
                    : task.putArray("associated-activities").addObject();
            aa.put("activity-uuid", activityUuid(m, kind));
            ObjectNode sub = aa.putArray("subjects").addObject();
            sub.put("type", "component");
            sub.putObject("include-all");
        }
        return root;
    }

    static ObjectNode results(ReportContext ctx, Assessment a, Subjects subjects, String planHref) {
        SystemModel m = ctx.inputs().model();
        String when = OscalJson.time(ctx.inputs().asOf());
        ObjectNode root = OscalJson.MAPPER.createObjectNode();
        ObjectNode ar = root.putObject("assessment-results");
        ar.put("uuid", OscalIds.uuid("assessment-results", m.getId(), a.profileId(), ctx.inputs().modelSha256()));
        OscalJson.metadata(ar, "Assessment results: " + Labels.name(m) + " against " + a.profileTitle(), SspWriter.version(m), ctx.inputs().asOf(),
                "Verdicts as decided by ThreatLoom's compliance assessment (profile SHA-256 " + a.profileSha256() + ").");
        ar.putObject("import-ap").put("href", planHref);
        ObjectNode r = ar.putArray("results").addObject();
        r.put("uuid", OscalIds.uuid("result", m.getId(), a.profileId(), ctx.inputs().modelSha256()));
        r.put("title", OscalText.line(a.profileTitle()));
        r.put("description", OscalText.md(a.targets().size() + " target(s); " + a.counts().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().key()).reduce((x, y) -> x + ", " + y).orElse("") + "."));
        r.put("start", when);
        r.put("end", when);
        r.putObject("reviewed-controls").putArray("control-selections").addObject().putObject("include-all");
        ArrayNode observations = r.putArray("observations");
        ArrayNode findings = r.putArray("findings");
        for (TargetResult t : a.targets()) {
            for (RequirementResult q : t.requirements()) {
                if (!q.selected() || q.status() == Verdict.NOT_APPLICABLE) continue;
                String key = a.profileId() + "|" + t.kind() + "|" + t.id() + "|" + q.requirementId();
                String obsUuid = OscalIds.uuid("observation", m.getId(), key);
                observation(observations.addObject(), obsUuid, q, t, subjects.of(t), when);
                finding(findings.addObject(), OscalIds.uuid("finding", m.getId(), key), obsUuid, q, t);
            }
        }
        if (observations.isEmpty()) r.remove("observations");
        if (findings.isEmpty()) r.remove("findings");
        return root;
    }

    private static void observation(ObjectNode o, String uuid, RequirementResult q, TargetResult t, String subject, String when) {
        o.put("uuid", uuid);
        o.put("title", OscalText.line(q.requirementId() + " on " + t.kind() + " " + t.id()));
        o.put("description", OscalText.md(q.justification() == null ? q.status().key() : q.justification()));
        ArrayNode methods = o.putArray("methods");
        methods.add("EXAMINE");
        if (q.evidence().stream().anyMatch(e -> e.type() == Evidence.Type.PROOF)) methods.add("TEST");
        ObjectNode s = o.putArray("subjects").addObject();
        s.put("subject-uuid", subject);
        s.put("type", "component");
        if (!q.evidence().isEmpty()) {
            ArrayNode ev = o.putArray("relevant-evidence");
            for (Evidence e : q.evidence()) {
                ObjectNode x = ev.addObject();
                x.put("description", OscalText.md(e.role().key() + ": " + e.type().key() + " " + e.id()
                        + (e.label() == null || e.label().equals(e.id()) ? "" : " '" + e.label() + "'") + (e.detail() == null || e.detail().isEmpty() ? "" : " - " + e.detail())));
                OscalJson.prop(x, "evidence-type", e.type().key());
                OscalJson.prop(x, "evidence-id", e.id());
                OscalJson.prop(x, "role", e.role().key());
            }
        }
        o.put("collected", when);
    }

    private static void finding(ObjectNode f, String uuid, String obsUuid, RequirementResult q, TargetResult t) {
        f.put("uuid", uuid);
        f.put("title", OscalText.line(q.requirementId() + " " + q.title() + " - " + t.kind() + " " + t.id()));
        f.put("description", OscalText.md(q.justification() == null ? q.status().key() : q.justification()));
        OscalJson.prop(f, "verdict", q.status().key());
        if (q.contested()) OscalJson.prop(f, "sl-contested", "true");
        ObjectNode target = f.putObject("target");
        target.put("type", "statement-id");
        target.put("target-id", OscalIds.statement(q.requirementId()));
        ObjectNode status = target.putObject("status");
        switch (q.status()) {
            case SATISFIED -> {
                status.put("state", "satisfied");
                status.put("reason", "pass");
            }
            case PARTIALLY -> {
                status.put("state", "not-satisfied");
                status.put("reason", "other");
                target.putObject("implementation-status").put("state", "partial");
            }
            default -> {
                status.put("state", "not-satisfied");
                status.put("reason", "fail");
            }
        }
        if (!q.remedies().isEmpty()) target.put("remarks", OscalText.md("Remedies in the model: " + String.join(", ", q.remedies())));
        f.putArray("related-observations").addObject().put("observation-uuid", obsUuid);
    }

    private static void activity(ArrayNode acts, String uuid, String title, String description, String method) {
        ObjectNode a = acts.addObject();
        a.put("uuid", uuid);
        a.put("title", OscalText.line(title));
        a.put("description", OscalText.md(description));
        ObjectNode p = a.putArray("props").addObject();
        p.put("name", "method");
        p.put("value", method);
    }

    private static String activityUuid(SystemModel m, String kind) {
        return OscalIds.uuid("activity", m.getId(), kind);
    }
}
