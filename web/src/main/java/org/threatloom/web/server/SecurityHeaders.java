package org.threatloom.web.server;

import io.javalin.http.Context;

/**
 * Headers on every response: a strict Content-Security-Policy (scripts and styles only from this origin: no inline
 * script, no eval, no injected style elements; style attributes set by the diagram library are allowed), no
 * framing, no MIME sniffing, no referrer, and no caching of API answers.
 */
public final class SecurityHeaders {
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    public static void apply(Context ctx, boolean secure) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (secure) ctx.header("Strict-Transport-Security", "max-age=31536000");
        if (ctx.path().startsWith(Api.PREFIX)) ctx.header("Cache-Control", "no-store");
    }
}
