package org.threatloom.web.analysis;

import java.util.Map;

import org.threatloom.compliance.assess.Assessment;
import org.threatloom.compliance.assess.RequirementResult;
import org.threatloom.compliance.assess.TargetResult;
import org.threatloom.compliance.assess.Verdict;
import org.threatloom.compliance.sl.SlVector;
import org.threatloom.web.server.Json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The compliance view's JSON: verdict counts, and per zone, conduit or component its SL-T / SL-A and open requirements. */
final class ComplianceJson {
    private ComplianceJson() {}

    static ObjectNode of(Assessment a) {
        ObjectNode n = Json.object();
        n.put("profile", a.profileId());
        n.put("title", a.profileTitle());
        n.put("version", a.profileVersion());
        n.set("counts", counts(a.counts()));
        ArrayNode targets = n.putArray("targets");
        for (TargetResult t : a.targets()) {
            ObjectNode x = targets.addObject();
            x.put("id", t.id());
            x.put("name", t.name());
            x.put("kind", t.kind());
            x.put("zone", t.zoneId());
            if (t.sl() != null) {
                x.set("slTarget", levels(t.sl().target()));
                x.set("slAchieved", levels(t.sl().achieved()));
                x.put("gaps", t.sl().gaps().size());
            }
            x.set("counts", counts(t.counts()));
            ArrayNode open = x.putArray("open");
            for (RequirementResult r : t.requirements()) {
                if (r.status() != Verdict.NOT_SATISFIED && r.status() != Verdict.PARTIALLY) continue;
                if (open.size() >= 25) break;
                ObjectNode o = open.addObject();
                o.put("requirement", r.requirementId());
                o.put("title", r.title());
                o.put("status", r.status().key());
                o.put("justification", r.justification());
            }
        }
        n.put("findings", a.findings().size());
        return n;
    }

    private static ObjectNode counts(Map<Verdict, Integer> counts) {
        ObjectNode c = Json.object();
        counts.forEach((v, k) -> c.put(v.key(), k));
        return c;
    }

    private static ObjectNode levels(SlVector v) {
        ObjectNode o = Json.object();
        if (v != null) v.asMap().forEach(o::put);
        return o;
    }
}
