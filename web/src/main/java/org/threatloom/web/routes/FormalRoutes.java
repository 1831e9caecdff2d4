package org.threatloom.web.routes;

import org.threatloom.web.analysis.FormalQueue;
import org.threatloom.web.security.Role;
import org.threatloom.web.server.Api;
import org.threatloom.web.server.Json;
import org.threatloom.web.workspace.ModelHandle;
import org.threatloom.web.workspace.Workspace;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The formal sufficiency check (counterexample attack paths as element ids) and the compliance assessment per
 * profile. Both only read the model, so they are GETs; they run one at a time within a budget.
 */
public final class FormalRoutes {
    private final Workspace workspace;
    private final FormalQueue queue;

    public FormalRoutes(Workspace workspace, FormalQueue queue) {
        this.workspace = workspace;
        this.queue = queue;
    }

    public void register(Api api) {
        api.get("/models/{id}/check", Role.VIEWER, ctx -> {
            ModelHandle h = Models.handle(ctx, workspace);
            ObjectNode r = queue.check(h);
            Models.etag(ctx, r.path("revision").asLong());
            Json.send(ctx, r);
        });
        api.get("/models/{id}/assess", Role.VIEWER, ctx -> {
            ModelHandle h = Models.handle(ctx, workspace);
            String profile = ctx.queryParam("profile") == null ? "iec62443-3-3" : ctx.queryParam("profile");
            ObjectNode r = queue.assess(h, profile);
            Models.etag(ctx, r.path("revision").asLong());
            Json.send(ctx, r);
        });
        api.get("/models/{id}/evidence.zip", Role.VIEWER, ctx -> {
            ModelHandle h = Models.handle(ctx, workspace);
            byte[] zip = queue.evidencePack(h, "true".equals(ctx.queryParam("pdf")));
            ctx.header("Content-Disposition", ModelRoutes.attachment(h.id() + "-evidence.zip"));
            ctx.contentType("application/zip").result(zip);
        });
        api.get("/profiles", Role.VIEWER, ctx -> {
            var a = Json.array();
            FormalQueue.profiles().forEach(a::add);
            Json.send(ctx, a);
        });
    }
}
