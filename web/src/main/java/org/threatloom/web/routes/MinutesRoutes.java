package org.threatloom.web.routes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.threatloom.model.Countermeasure;
import org.threatloom.model.ReviewDecision;
import org.threatloom.web.analysis.AnalysisQueue;
import org.threatloom.web.decisions.DecisionChain;
import org.threatloom.web.minutes.MinutesDocx;
import org.threatloom.web.security.Role;
import org.threatloom.web.server.Api;
import org.threatloom.web.server.ApiException;
import org.threatloom.web.workspace.ModelHandle;
import org.threatloom.web.workspace.Workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Workshop minutes as DOCX, built from the decision log and the current analysis. */
public final class MinutesRoutes {
    private final Workspace workspace;
    private final AnalysisQueue queue;

    public MinutesRoutes(Workspace workspace, AnalysisQueue queue) {
        this.workspace = workspace;
        this.queue = queue;
    }

    public void register(Api api) {
        api.get("/models/{id}/minutes.docx", Role.VIEWER, ctx -> {
            ModelHandle h = Models.handle(ctx, workspace);
            ObjectNode analysis = queue.threats(h);
            Map<String, JsonNode> threats = new HashMap<>();
            for (JsonNode t : analysis.path("threats")) threats.put(t.path("id").asText(), t);
            Map<String, Integer> summary = new LinkedHashMap<>();
            summary.put("derived", analysis.path("summary").path("threats").asInt());
            summary.put("open", analysis.path("summary").path("open").asInt());
            byte[] docx = h.read(m -> {
                Set<ReviewDecision> superseded = new HashSet<>();
                for (ReviewDecision d : m.getDecisions()) if (d.getSupersedes() != null) superseded.add(d.getSupersedes());
                List<MinutesDocx.Line> lines = new ArrayList<>();
                for (ReviewDecision d : m.getDecisions()) {
                    JsonNode t = threats.get(d.getThreatId());
                    lines.add(new MinutesDocx.Line(d.getId(), d.getThreatId(), t == null ? null : t.path("title").asText(),
                            t == null ? null : t.path("element").path("name").asText(),
                            d.getDecision() == null ? "" : d.getDecision().getLiteral(), d.getRationale(), List.copyOf(d.getParticipants()),
                            d.getDecidedBy(), d.getDecidedAt(), d.getCountermeasures().stream().map(Countermeasure::getId).toList(),
                            d.getSupersedes() == null ? null : d.getSupersedes().getId(), d.getHash(), !superseded.contains(d)));
                }
                try {
                    return MinutesDocx.write(m.getName(), String.valueOf(h.revisionUnlocked()), lines, summary,
                            DecisionChain.firstBroken(m.getDecisions()) == null);
                } catch (IOException e) {
                    throw new ApiException(500, "export_failed", "could not write the minutes");
                }
            });
            ctx.header("Content-Disposition", ModelRoutes.attachment(h.id() + "-minutes.docx"));
            ctx.contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document").result(docx);
        });
    }
}
