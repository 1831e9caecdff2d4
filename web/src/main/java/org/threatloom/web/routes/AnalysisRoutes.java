package org.threatloom.web.routes;

import org.threatloom.web.analysis.AnalysisQueue;
import org.threatloom.web.security.Role;
import org.threatloom.web.server.Api;
import org.threatloom.web.server.Json;
import org.threatloom.web.workspace.ModelHandle;
import org.threatloom.web.workspace.Workspace;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Threats and validation of a model's current revision (through the bounded analysis queue). */
public final class AnalysisRoutes {
    private final Workspace workspace;
    private final AnalysisQueue queue;

    public AnalysisRoutes(Workspace workspace, AnalysisQueue queue) {
        this.workspace = workspace;
        this.queue = queue;
    }

    public void register(Api api) {
        api.get("/models/{id}/threats", Role.VIEWER, ctx -> {
            ModelHandle h = Models.handle(ctx, workspace);
            ObjectNode a = queue.threats(h);
            ObjectNode out = Json.object();
            out.put("revision", a.path("revision").asLong());
            out.set("summary", a.get("summary"));
            out.set("threats", a.get("threats"));
            Models.etag(ctx, a.path("revision").asLong());
            Json.send(ctx, out);
        });
        api.get("/models/{id}/validation", Role.VIEWER, ctx -> {
            ModelHandle h = Models.handle(ctx, workspace);
            ObjectNode a = queue.validation(h);
            ObjectNode out = Json.object();
            out.put("revision", a.path("revision").asLong());
            out.put("valid", a.path("valid").asBoolean());
            out.set("findings", a.get("validation"));
            Models.etag(ctx, a.path("revision").asLong());
            Json.send(ctx, out);
        });
    }
}
