package org.threatloom.web.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import io.javalin.Javalin;
import io.javalin.http.Context;

/** Serves the bundled editor from the jar ({@code org/threatloom/web/static}), built by the Maven build with npm. */
public final class StaticUi {
    static final String ROOT = "/org/threatloom/web/static";
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "html", "text/html; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "json", "application/json", "ico", "image/x-icon");

    private StaticUi() {}

    public static void install(Javalin app) {
        app.get("/", StaticUi::index);
        app.get("/index.html", StaticUi::index);
        app.get("/assets/{file}", ctx -> {
            String file = ctx.pathParam("file");
            if (!file.matches("[A-Za-z0-9._-]{1,120}") || file.startsWith(".")) {
                ctx.status(404);
                return;
            }
            if (!serve(ctx, ROOT + "/assets/" + file)) ctx.status(404).result("not found");
            else ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        });
    }

    public static boolean built() {
        return StaticUi.class.getResource(ROOT + "/index.html") != null;
    }

    private static void index(Context ctx) throws IOException {
        ctx.header("Cache-Control", "no-cache");
        if (!serve(ctx, ROOT + "/index.html")) {
            ctx.contentType("text/plain; charset=utf-8").result("ThreatLoom API is running at /api/v1 "
                    + "(the browser UI was not built: build without -Dui.skip=true).");
        }
    }

    private static boolean serve(Context ctx, String resource) throws IOException {
        try (InputStream in = StaticUi.class.getResourceAsStream(resource)) {
            if (in == null) return false;
            String ext = resource.substring(resource.lastIndexOf('.') + 1);
            ctx.contentType(TYPES.getOrDefault(ext, "application/octet-stream")).result(in.readAllBytes());
            return true;
        }
    }
}
