package org.threatloom.web.routes;

import java.util.HashSet;
import java.util.Set;

import org.threatloom.model.Countermeasure;
import org.threatloom.model.ReviewDecision;
import org.threatloom.web.decisions.DecisionChain;
import org.threatloom.web.decisions.DecisionRecorder;
import org.threatloom.web.security.AccessGuard;
import org.threatloom.web.security.Role;
import org.threatloom.web.server.Api;
import org.threatloom.web.server.Json;
import org.threatloom.web.workspace.ConflictException;
import org.threatloom.web.workspace.ModelHandle;
import org.threatloom.web.workspace.SaveFailedException;
import org.threatloom.web.workspace.Workspace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

/**
 * The review decision log: read it (with the hash-chain check), and append a decision (reviewers). There is no
 * route to change or delete a decision: a new decision on the same threat supersedes the one in force.
 */
public final class DecisionRoutes {
    private final Workspace workspace;
    private final DecisionRecorder recorder;

    public DecisionRoutes(Workspace workspace, DecisionRecorder recorder) {
        this.workspace = workspace;
        this.recorder = recorder;
    }

    public void register(Api api) {
        api.get("/models/{id}/decisions", Role.VIEWER, this::list);
        api.post("/models/{id}/decisions", Role.REVIEWER, this::record);
    }

    private void list(Context ctx) {
        ModelHandle h = Models.handle(ctx, workspace);
        ObjectNode out = h.read(m -> {
            ObjectNode n = Json.object();
            n.put("revision", h.revisionUnlocked());
            String broken = DecisionChain.firstBroken(m.getDecisions());
            n.put("chainIntact", broken == null);
            if (broken != null) n.put("chainBrokenAt", broken);
            Set<ReviewDecision> superseded = new HashSet<>();
            for (ReviewDecision d : m.getDecisions()) if (d.getSupersedes() != null) superseded.add(d.getSupersedes());
            ArrayNode list = n.putArray("decisions");
            for (ReviewDecision d : m.getDecisions()) {
                ObjectNode x = json(d);
                x.put("inForce", !superseded.contains(d));
                list.add(x);
            }
            return n;
        });
        Models.etag(ctx, out.path("revision").asLong());
        Json.send(ctx, out);
    }

    private void record(Context ctx) {
        ModelHandle h = Models.handle(ctx, workspace);
        long base = Models.ifMatch(ctx);
        ObjectNode body = Json.body(ctx);
        String user = AccessGuard.current(ctx).user();
        String[] created = new String[1];
        try {
            ObjectNode out = h.append(base, user, "decision", m -> recorder.record(m, body, user, created));
            out.put("decision", created[0]);
            ctx.status(201);
            Models.etag(ctx, out.path("revision").asLong());
            Json.send(ctx, out);
        } catch (ConflictException e) {
            throw Models.conflict(e, h, body);
        } catch (SaveFailedException e) {
            throw EditRoutes.saveFailed(e);
        }
    }

    public static ObjectNode json(ReviewDecision d) {
        ObjectNode x = Json.object();
        x.put("id", d.getId());
        x.put("threatId", d.getThreatId());
        x.put("decision", d.getDecision() == null ? null : d.getDecision().getLiteral());
        x.put("rationale", d.getRationale());
        ArrayNode p = x.putArray("participants");
        d.getParticipants().forEach(p::add);
        x.put("decidedBy", d.getDecidedBy());
        x.put("decidedAt", d.getDecidedAt());
        ArrayNode c = x.putArray("countermeasures");
        for (Countermeasure cm : d.getCountermeasures()) c.add(cm.getId());
        x.put("supersedes", d.getSupersedes() == null ? null : d.getSupersedes().getId());
        x.put("hash", d.getHash());
        return x;
    }
}
