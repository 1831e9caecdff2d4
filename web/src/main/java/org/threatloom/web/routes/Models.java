package org.threatloom.web.routes;

import org.threatloom.metamodel.io.ModelLoadException;
import org.threatloom.web.server.ApiException;
import org.threatloom.web.server.Json;
import org.threatloom.web.workspace.ConflictException;
import org.threatloom.web.workspace.ModelHandle;
import org.threatloom.web.workspace.Workspace;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

/** Shared by the routes: find the model named in the path, read If-Match, answer a conflict. */
final class Models {
    private Models() {}

    static ModelHandle handle(Context ctx, Workspace w) {
        try {
            ModelHandle h = w.get(ctx.pathParam("id"));
            if (h == null) throw ApiException.notFound("model");
            return h;
        } catch (ModelLoadException e) {
            ObjectNode d = Json.object();
            d.put("line", e.line());
            d.put("column", e.column());
            throw new ApiException(422, "model_unreadable", "the stored model does not load: " + e.describe(), d);
        }
    }

    /** The revision in If-Match ({@code "7"}, {@code 7} or {@code W/"7"}); 428 without it. */
    static long ifMatch(Context ctx) {
        String v = ctx.header("If-Match");
        if (v == null || v.isBlank()) {
            throw new ApiException(428, "precondition_required", "send If-Match with the model revision your change is based on");
        }
        String s = v.trim();
        if (s.startsWith("W/")) s = s.substring(2);
        s = s.replace("\"", "");
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new ApiException(428, "precondition_required", "If-Match must name a model revision (got " + v.length() + " characters)");
        }
    }

    static void etag(Context ctx, long revision) {
        ctx.header("ETag", "\"" + revision + "\"");
    }

    /** 409 with both versions: the revision the client based its change on (and its change), and the current model. */
    static ApiException conflict(ConflictException e, ModelHandle h, ObjectNode yourChange) {
        ObjectNode d = Json.object();
        ObjectNode yours = d.putObject("yours");
        yours.put("revision", e.yours());
        if (yourChange != null) yours.set("change", yourChange);
        d.set("current", h.json());
        return new ApiException(409, "conflict", e.getMessage(), d);
    }
}
