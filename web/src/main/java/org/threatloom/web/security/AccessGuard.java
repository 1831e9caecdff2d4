package org.threatloom.web.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

import org.threatloom.web.server.ApiException;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * Runs before every request: checks the Host (against DNS rebinding when serving loopback), finds the session from
 * the cookie, and for every state-changing method checks the Origin and the CSRF token (403 otherwise). Route
 * handlers then call {@link #require} with the least role they need.
 */
public final class AccessGuard {
    public static final String COOKIE = "tl_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    static final String SESSION_ATTR = "tl.session";
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final Sessions sessions;
    private final boolean loopbackOnly;

    public AccessGuard(Sessions sessions, boolean loopbackOnly) {
        this.sessions = sessions;
        this.loopbackOnly = loopbackOnly;
    }

    /** The before-handler for every path. */
    public void before(Context ctx) {
        if (loopbackOnly && !LOOPBACK_NAMES.contains(hostName(ctx.header("Host")))) {
            throw ApiException.forbidden("unexpected Host header");
        }
        Session s = sessions.find(ctx.cookie(COOKIE));
        if (s != null) ctx.attribute(SESSION_ATTR, s);
        if (!SAFE.contains(ctx.method()) || "websocket".equalsIgnoreCase(ctx.header("Upgrade"))) {
            checkOrigin(ctx);
            if (!isLogin(ctx) && s != null && !ctx.path().endsWith("/ws")) checkCsrf(ctx, s);
        }
    }

    /** Signed in with at least this role, or 401/403. */
    public static Session require(Context ctx, Role least) {
        Session s = ctx.attribute(SESSION_ATTR);
        if (s == null) throw new ApiException(401, "unauthenticated", "sign in first");
        if (s.role() == null || !s.role().includes(least)) {
            throw ApiException.forbidden("this needs the " + least.label() + " role in this workspace");
        }
        if (!SAFE.contains(ctx.method()) && ctx.attribute("tl.csrf.ok") == null) {
            throw ApiException.forbidden("missing or wrong CSRF token");
        }
        return s;
    }

    /** For routes open to every signed-in session (sign-out): the CSRF token must have been checked. */
    public static void requireCsrf(Context ctx) {
        if (ctx.attribute("tl.csrf.ok") == null) throw ApiException.forbidden("missing or wrong CSRF token");
    }

    public static Session current(Context ctx) {
        return ctx.attribute(SESSION_ATTR);
    }

    private static boolean isLogin(Context ctx) {
        return ctx.path().equals("/api/v1/login");
    }

    private static void checkCsrf(Context ctx, Session s) {
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), s.csrfToken().getBytes(StandardCharsets.UTF_8))) {
            throw ApiException.forbidden("missing or wrong CSRF token");
        }
        ctx.attribute("tl.csrf.ok", Boolean.TRUE);
    }

    /** The Origin (or, without one, the Referer) must be this server: same host and port as the Host header. */
    static void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || origin.equals("null")) origin = ctx.header("Referer");
        if (origin == null) throw ApiException.forbidden("state-changing requests need an Origin header");
        String host = ctx.header("Host");
        try {
            URI u = URI.create(origin);
            if (host == null || u.getRawAuthority() == null || !u.getRawAuthority().equalsIgnoreCase(host)) {
                throw ApiException.forbidden("cross-origin request refused");
            }
        } catch (IllegalArgumentException e) {
            throw ApiException.forbidden("cross-origin request refused");
        }
    }

    static String hostName(String hostHeader) {
        if (hostHeader == null) return "";
        String h = hostHeader.toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}
