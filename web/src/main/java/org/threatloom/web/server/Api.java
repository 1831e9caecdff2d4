package org.threatloom.web.server;

import java.util.ArrayList;
import java.util.List;

import org.threatloom.web.security.AccessGuard;
import org.threatloom.web.security.Role;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * Registers API routes under {@code /api/v1} with the least role each needs, so that no route can be added without
 * a role check, and the OpenAPI test can compare the description with what is really served.
 */
public final class Api {
    public static final String PREFIX = "/api/v1";
    private final Javalin app;
    private final List<RouteSpec> routes = new ArrayList<>();

    public Api(Javalin app) {
        this.app = app;
    }

    public void get(String path, Role role, Handler h) { add(HandlerType.GET, path, role, h); }

    public void post(String path, Role role, Handler h) { add(HandlerType.POST, path, role, h); }

    public void put(String path, Role role, Handler h) { add(HandlerType.PUT, path, role, h); }

    public void delete(String path, Role role, Handler h) { add(HandlerType.DELETE, path, role, h); }

    private void add(HandlerType type, String path, Role role, Handler h) {
        routes.add(new RouteSpec(type.name(), PREFIX + path, role));
        Handler guarded = ctx -> {
            if (role != null) AccessGuard.require(ctx, role);
            h.handle(ctx);
        };
        app.addHttpHandler(type, PREFIX + path, guarded);
    }

    public List<RouteSpec> routes() {
        return List.copyOf(routes);
    }

    public Javalin app() {
        return app;
    }
}
