package org.threatloom.web.routes;

import java.io.IOException;
import java.io.InputStream;

import org.threatloom.web.server.Api;
import org.threatloom.web.server.ApiException;

/** {@code /api/v1/openapi.json}: the hand-written OpenAPI 3 description (a test checks it matches the routes). */
public final class OpenApiRoute {
    public static final String RESOURCE = "/org/threatloom/web/openapi.json";

    private OpenApiRoute() {}

    public static void register(Api api) {
        api.get("/openapi.json", null, ctx -> {
            try (InputStream in = OpenApiRoute.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new ApiException(500, "missing", "openapi.json missing from the jar");
                ctx.contentType("application/json; charset=utf-8").result(in.readAllBytes());
            } catch (IOException e) {
                throw new ApiException(500, "missing", "openapi.json unreadable");
            }
        });
    }
}
