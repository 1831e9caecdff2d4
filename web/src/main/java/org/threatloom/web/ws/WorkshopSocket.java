package org.threatloom.web.ws;

import org.threatloom.metamodel.io.ModelLoadException;
import org.threatloom.web.security.AccessGuard;
import org.threatloom.web.security.Role;
import org.threatloom.web.security.Session;
import org.threatloom.web.security.Sessions;
import org.threatloom.web.server.ApiException;
import org.threatloom.web.server.Json;
import org.threatloom.web.workspace.ModelHandle;
import org.threatloom.web.workspace.Workspace;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.Javalin;
import io.javalin.websocket.WsContext;

/**
 * {@code /api/v1/models/{id}/ws}: the per-model WebSocket. The upgrade needs a signed-in session with a role and a
 * same-origin Origin header (no cross-site WebSocket hijacking). Clients receive changes, analyses, presence and the
 * facilitator's focus; they send only presence ({@code editing}) and, with the reviewer role, {@code focus}. Model
 * changes go through the REST API, which checks revisions and CSRF tokens.
 */
public final class WorkshopSocket {
    public static final String PATH = "/api/v1/models/{id}/ws";
    private static final int MAX_MESSAGE = 4096;

    private WorkshopSocket() {}

    public static void install(Javalin app, AccessGuard guard, Sessions sessions, Workspace workspace, ModelHub hub) {
        app.wsBeforeUpgrade(PATH, ctx -> {
            guard.before(ctx);
            AccessGuard.require(ctx, Role.VIEWER);
            if (open(workspace, ctx.pathParam("id")) == null) throw ApiException.notFound("model");
        });
        app.ws(PATH, ws -> {
            ws.onConnect(ctx -> {
                Session s = sessions.find(ctx.cookie(AccessGuard.COOKIE));
                ModelHandle h = open(workspace, ctx.pathParam("id"));
                if (s == null || s.role() == null || h == null) {
                    ctx.closeSession(4401, "sign in first");
                    return;
                }
                ctx.session.setIdleTimeout(java.time.Duration.ofMinutes(30));
                hub.join(h.id(), ctx, s.user(), s.id(), s.role().includes(Role.REVIEWER), h.revision());
            });
            ws.onMessage(ctx -> {
                String id = ctx.pathParam("id");
                Participant p = hub.find(id, ctx);
                if (p == null || sessions.find(p.sessionId) == null) {
                    ctx.closeSession(4401, "session ended");
                    return;
                }
                if (ctx.message().length() > MAX_MESSAGE) return;
                JsonNode m;
                try {
                    m = Json.MAPPER.readTree(ctx.message());
                } catch (Exception e) {
                    return;
                }
                String type = m.path("type").asText();
                if (type.equals("presence")) {
                    String editing = m.path("editing").isTextual() ? m.path("editing").asText() : null;
                    hub.editing(id, p, editing != null && editing.length() <= 200 ? editing : null);
                } else if (type.equals("focus") && p.canFacilitate) {
                    String threat = m.path("threatId").isTextual() ? m.path("threatId").asText() : null;
                    hub.focus(id, p, threat != null && threat.length() <= 300 ? threat : null);
                }
            });
            ws.onClose(ctx -> hub.leave(ctx.pathParam("id"), ctx));
            ws.onError(ctx -> hub.leave(ctx.pathParam("id"), ctx));
        });
    }

    private static ModelHandle open(Workspace w, String id) {
        try {
            return w.get(id);
        } catch (ModelLoadException e) {
            return null;
        }
    }

    static boolean same(WsContext a, WsContext b) {
        return a.session == b.session;
    }
}
