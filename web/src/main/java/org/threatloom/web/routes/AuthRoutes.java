package org.threatloom.web.routes;

import java.time.Duration;
import java.util.Map;

import org.threatloom.web.security.AccessGuard;
import org.threatloom.web.security.Account;
import org.threatloom.web.security.Accounts;
import org.threatloom.web.security.LoginThrottle;
import org.threatloom.web.security.Role;
import org.threatloom.web.security.Session;
import org.threatloom.web.security.Sessions;
import org.threatloom.web.server.Api;
import org.threatloom.web.server.ApiException;
import org.threatloom.web.server.Json;
import org.threatloom.web.ws.ModelHub;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/** Sign in, sign out, the current session, and (admins) accounts. */
public final class AuthRoutes {
    private final Accounts accounts;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final ModelHub hub;
    private final String workspace;
    private final boolean secureCookies;

    public AuthRoutes(Accounts accounts, Sessions sessions, LoginThrottle throttle, ModelHub hub, String workspace, boolean secureCookies) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.hub = hub;
        this.workspace = workspace;
        this.secureCookies = secureCookies;
    }

    public void register(Api api) {
        api.post("/login", null, this::login);
        api.post("/logout", null, this::logout);
        api.get("/session", null, this::session);
        api.post("/users", Role.ADMIN, this::createUser);
    }

    private void login(Context ctx) {
        ObjectNode body = Json.body(ctx);
        String name = Json.text(body, "name");
        String password = Json.text(body, "password");
        String address = ctx.ip();
        Duration wait = throttle.waitFor(name, address);
        if (!wait.isZero()) {
            ctx.header("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
            throw new ApiException(429, "throttled", "too many failed sign-ins; wait and try again");
        }
        Account a = accounts.verify(name, password);
        if (a == null) {
            throttle.failed(name, address);
            throw new ApiException(401, "invalid_credentials", "wrong name or password");
        }
        throttle.succeeded(name);
        Session s = sessions.create(a.name(), a.roleIn(workspace), ctx.cookie(AccessGuard.COOKIE));
        setCookie(ctx, s.id(), -1);
        Json.send(ctx, describe(s));
    }

    private void logout(Context ctx) {
        Session s = AccessGuard.current(ctx);
        if (s != null) {
            AccessGuard.requireCsrf(ctx);
            sessions.end(s.id());
            hub.endSession(s.id());
        }
        setCookie(ctx, "", 0);
        ctx.status(204);
    }

    private void session(Context ctx) {
        Session s = AccessGuard.current(ctx);
        if (s == null) {
            ObjectNode n = Json.object();
            n.put("signedIn", false);
            Json.send(ctx, n);
            return;
        }
        Json.send(ctx, describe(s));
    }

    private void createUser(Context ctx) throws java.io.IOException {
        ObjectNode body = Json.body(ctx);
        Role role = Role.parse(Json.text(body, "role"));
        if (role == null) throw ApiException.badRequest("role must be viewer, modeler, reviewer or admin");
        String name = Json.text(body, "name");
        if (accounts.find(name) != null) throw new ApiException(409, "exists", "an account with that name exists");
        try {
            accounts.put(name, Json.text(body, "password"), Map.of(workspace, role));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        ObjectNode n = Json.object();
        n.put("name", name);
        n.put("role", role.label());
        ctx.status(201);
        Json.send(ctx, n);
    }

    private ObjectNode describe(Session s) {
        ObjectNode n = Json.object();
        n.put("signedIn", true);
        n.put("user", s.user());
        n.put("role", s.role() == null ? null : s.role().label());
        n.put("workspace", workspace);
        n.put("csrfToken", s.csrfToken());
        n.put("idleTimeoutSeconds", sessions.idle().toSeconds());
        return n;
    }

    private void setCookie(Context ctx, String value, int maxAge) {
        Cookie c = new Cookie(AccessGuard.COOKIE, value, "/", maxAge, secureCookies, 0, true, null, null, SameSite.STRICT);
        ctx.cookie(c);
    }
}
