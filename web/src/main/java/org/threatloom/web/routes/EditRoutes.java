package org.threatloom.web.routes;

import org.threatloom.web.edit.EditException;
import org.threatloom.web.security.AccessGuard;
import org.threatloom.web.security.Role;
import org.threatloom.web.server.Api;
import org.threatloom.web.server.ApiException;
import org.threatloom.web.server.Json;
import org.threatloom.web.workspace.ConflictException;
import org.threatloom.web.workspace.ModelHandle;
import org.threatloom.web.workspace.SaveFailedException;
import org.threatloom.web.workspace.Workspace;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

/** Edits as JSON-Patch-style commands, undo and redo; each one a write checked against If-Match. */
public final class EditRoutes {
    private final Workspace workspace;

    public EditRoutes(Workspace workspace) {
        this.workspace = workspace;
    }

    public void register(Api api) {
        api.post("/models/{id}/edits", Role.MODELER, this::edit);
        api.post("/models/{id}/undo", Role.MODELER, ctx -> step(ctx, true));
        api.post("/models/{id}/redo", Role.MODELER, ctx -> step(ctx, false));
    }

    private void edit(Context ctx) {
        ModelHandle h = Models.handle(ctx, workspace);
        long base = Models.ifMatch(ctx);
        ObjectNode body = Json.body(ctx);
        String user = AccessGuard.current(ctx).user();
        try {
            ObjectNode out = h.edit(base, body.get("ops"), user);
            Models.etag(ctx, out.path("revision").asLong());
            Json.send(ctx, out);
        } catch (ConflictException e) {
            throw Models.conflict(e, h, body);
        } catch (EditException e) {
            throw new ApiException(422, "invalid_edit", e.getMessage());
        } catch (SaveFailedException e) {
            throw saveFailed(e);
        }
    }

    private void step(Context ctx, boolean undo) {
        ModelHandle h = Models.handle(ctx, workspace);
        long base = Models.ifMatch(ctx);
        String user = AccessGuard.current(ctx).user();
        try {
            ObjectNode out = undo ? h.undo(base, user) : h.redo(base, user);
            Models.etag(ctx, out.path("revision").asLong());
            Json.send(ctx, out);
        } catch (ConflictException e) {
            throw Models.conflict(e, h, null);
        } catch (SaveFailedException e) {
            throw saveFailed(e);
        }
    }

    static ApiException saveFailed(SaveFailedException e) {
        return new ApiException(507, "save_failed", e.getMessage());
    }
}
