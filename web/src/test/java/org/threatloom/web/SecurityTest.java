package org.threatloom.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threatloom.web.server.RouteSpec;
import org.threatloom.web.server.ServerOptions;
import org.threatloom.web.server.WebServer;
import org.threatloom.web.support.Http;
import org.threatloom.web.support.TestServer;

class SecurityTest {
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String sessionCookie(Http h) {
        return h.cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("tl_session")).map(HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    @Test
    void signingInRotatesTheSessionIdAndTheOldOneStopsWorking() throws Exception {
        Http h = server.login("viewer");
        String first = sessionCookie(h);
        h.login("viewer", TestServer.PASSWORD);
        String second = sessionCookie(h);
        assertNotEquals(first, second);
        Http stale = new Http(server.url());
        stale.cookies.getCookieStore().add(URI.create(server.url()), new HttpCookie("tl_session", first));
        assertEquals(401, stale.get("/api/v1/models").statusCode());
        assertEquals(200, h.get("/api/v1/models").statusCode());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
        Http h = new Http(server.url());
        HttpResponse<String> r = h.login("viewer", TestServer.PASSWORD);
        String set = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(set.contains("HttpOnly"), set);
        assertTrue(set.contains("SameSite=Strict"), set);
        assertTrue(!set.contains("Secure"), "plain loopback development: not Secure (" + set + ")");
    }

    @Test
    void cookiesAreSecureWhenTheServerIsNotLoopbackOnly() throws Exception {
        try (TestServer wide = TestServer.start(o -> o.withHost("0.0.0.0"))) {
            Http h = new Http("http://127.0.0.1:" + wide.server.port());
            HttpResponse<String> r = h.login("viewer", TestServer.PASSWORD);
            assertTrue(r.headers().firstValue("Set-Cookie").orElseThrow().contains("Secure"));
        }
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() throws Exception {
        Http h = server.login("viewer");
        String cookie = sessionCookie(h);
        assertEquals(204, h.post("/api/v1/logout", null, null).statusCode());
        Http replay = new Http(server.url());
        replay.cookies.getCookieStore().add(URI.create(server.url()), new HttpCookie("tl_session", cookie));
        assertEquals(401, replay.get("/api/v1/models").statusCode());
    }

    @Test
    void anIdleSessionExpiresOnTheServer() throws Exception {
        try (TestServer quick = TestServer.start(o -> o.withTimeouts(Duration.ofMillis(700), Duration.ofHours(1)))) {
            Http h = quick.login("viewer");
            assertEquals(200, h.get("/api/v1/models").statusCode());
            Thread.sleep(1200);
            assertEquals(401, h.get("/api/v1/models").statusCode());
        }
    }

    @Test
    void aSessionEndsAtItsAbsoluteLifetimeEvenWhenBusy() throws Exception {
        try (TestServer quick = TestServer.start(o -> o.withTimeouts(Duration.ofMinutes(5), Duration.ofMillis(1200)))) {
            Http h = quick.login("viewer");
            for (int i = 0; i < 4; i++) {
                assertEquals(200, h.get("/api/v1/session").statusCode());
                Thread.sleep(200);
            }
            Thread.sleep(800);
            assertEquals(401, h.get("/api/v1/models").statusCode());
        }
    }

    @Test
    void aWriteFromAForeignOriginOrWithoutTheCsrfTokenIsRefused() throws Exception {
        Http h = server.login("admin");
        long rev = h.revision("smart-factory");
        String ops = "{\"ops\":[{\"op\":\"replace\",\"element\":\"plc-press4\",\"feature\":\"name\",\"value\":\"pwned\"}]}";
        String path = "/api/v1/models/smart-factory/edits";
        assertEquals(403, h.send("POST", path, ops, rev, "http://evil.example", h.csrf).statusCode());
        assertEquals(403, h.send("POST", path, ops, rev, null, h.csrf).statusCode());
        assertEquals(403, h.send("POST", path, ops, rev, server.url(), null).statusCode());
        assertEquals(403, h.send("POST", path, ops, rev, server.url(), "wrong").statusCode());
        assertEquals(403, h.send("POST", "/api/v1/login", "{\"name\":\"admin\",\"password\":\"x\"}", null, "http://evil.example", null).statusCode());
        assertEquals(rev, h.revision("smart-factory"));
        assertEquals(200, h.send("POST", path, ops, rev, server.url(), h.csrf).statusCode());
    }

    @Test
    void noGetChangesAnything() throws Exception {
        Http h = server.login("admin");
        long rev = h.revision("iot-device-supply-chain");
        byte[] file = Files.readAllBytes(server.dir.resolve("iot-device-supply-chain.tlm"));
        for (RouteSpec r : server.server.routes()) {
            if (!r.method().equals("GET")) continue;
            String path = r.path().replace("{id}", "iot-device-supply-chain").replace("{elementId}", "iot-device-supply-chain");
            h.get(path);
        }
        for (String write : List.of("edits", "undo", "redo", "decisions")) {
            int status = h.get("/api/v1/models/iot-device-supply-chain/" + write).statusCode();
            assertTrue(status == 404 || status == 405 || status == 200, write + " " + status);
        }
        assertEquals(rev, h.revision("iot-device-supply-chain"));
        assertTrue(java.util.Arrays.equals(file, Files.readAllBytes(server.dir.resolve("iot-device-supply-chain.tlm"))));
    }

    @Test
    void everyRouteChecksTheRole() throws Exception {
        Http viewer = server.login("viewer");
        Http modeler = server.login("modeler");
        Http outsider = server.login("outsider");
        long rev = viewer.revision("smart-factory");
        assertEquals(403, viewer.edit("smart-factory", rev, "[]").statusCode());
        assertEquals(403, viewer.post("/api/v1/models", "{\"name\":\"x\"}", null).statusCode());
        assertEquals(403, modeler.post("/api/v1/models/smart-factory/decisions", "{}", rev).statusCode());
        assertEquals(403, modeler.post("/api/v1/users", "{\"name\":\"eve\",\"password\":\"123456789012\",\"role\":\"admin\"}", null).statusCode());
        for (RouteSpec r : server.server.routes()) {
            if (r.role() == null) continue;
            String path = r.path().replace("{id}", "smart-factory").replace("{elementId}", "plc-press4");
            HttpResponse<String> res = r.method().equals("GET") ? outsider.get(path) : outsider.post(path, "{}", rev);
            assertTrue(res.statusCode() == 403 || res.statusCode() == 404, r + " answered " + res.statusCode());
            HttpResponse<String> anon = r.method().equals("GET") ? new Http(server.url()).get(path)
                    : new Http(server.url()).send(r.method(), path, "{}", rev, server.url(), null);
            assertTrue(anon.statusCode() == 401 || anon.statusCode() == 403, r + " anonymous " + anon.statusCode());
        }
    }

    @Test
    void repeatedFailedSignInsAreThrottledAndDoNotTellWhichNamesExist() throws Exception {
        Http h = new Http(server.url());
        String[] names = {"reviewer", "nobody-by-this-name"};
        for (String name : names) {
            List<Integer> statuses = new java.util.ArrayList<>();
            List<String> bodies = new java.util.ArrayList<>();
            for (int i = 0; i < 7; i++) {
                HttpResponse<String> r = h.login(name, "wrong password " + i);
                statuses.add(r.statusCode());
                bodies.add(Http.json(r).path("message").asText());
            }
            assertEquals(List.of(401, 401, 401, 401, 401, 429, 429), statuses, name);
            assertEquals("wrong name or password", bodies.get(0));
            assertEquals("too many failed sign-ins; wait and try again", bodies.get(6));
        }
        assertEquals(429, h.login("reviewer", TestServer.PASSWORD).statusCode(), "even the right password waits");
    }

    @Test
    void responsesCarryAStrictContentSecurityPolicyAndHardeningHeaders() throws Exception {
        for (String path : List.of("/", "/api/v1/session", "/api/v1/models")) {
            HttpResponse<String> r = new Http(server.url()).get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
            assertTrue(!csp.contains("unsafe-eval") && !csp.contains("script-src 'self' 'unsafe-inline'"), csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElseThrow());
        }
    }

    @Test
    void aForeignHostNameIsRefusedOnALoopbackServer() throws Exception {
        Http h = new Http(server.url());
        // DNS rebinding: a page on evil.example resolving to 127.0.0.1 sends Host: evil.example
        java.net.Socket s = new java.net.Socket("127.0.0.1", server.server.port());
        try (s) {
            s.getOutputStream().write(("GET /api/v1/session HTTP/1.1\r\nHost: evil.example:" + server.server.port() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
            assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
        }
        assertEquals(200, h.get("/api/v1/session").statusCode());
    }

    @Test
    void theServerRefusesANonLoopbackHostWithoutAccounts() throws Exception {
        ServerOptions o = ServerOptions.defaults(Files.createTempDirectory("tl-empty")).withHost("0.0.0.0").withPort(0);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WebServer.start(o));
        assertTrue(e.getMessage().contains("without accounts"));
    }

    @Test
    void aQuickStartOnLoopbackCreatesAnAdminWithAOneTimePassword() throws Exception {
        ServerOptions o = ServerOptions.defaults(Files.createTempDirectory("tl-quick")).withPort(0);
        try (WebServer s = WebServer.start(o)) {
            String pw = s.initialAdminPassword();
            assertTrue(pw != null && pw.length() >= 20);
            Http h = new Http(s.url());
            assertEquals(200, h.login("admin", pw).statusCode());
            assertTrue(!Files.readString(s.workspaceDir().resolve(WebServer.ACCOUNTS_FILE)).contains(pw), "only the hash is stored");
            assertTrue(Files.readString(s.workspaceDir().resolve(WebServer.ACCOUNTS_FILE)).contains("$argon2id$"));
        }
    }

    @Test
    void aWebSocketFromAForeignOriginIsRefused() throws Exception {
        Http h = server.login("viewer");
        String cookie = "tl_session=" + sessionCookie(h);
        var ws = java.net.http.HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Origin", "http://evil.example").header("Cookie", cookie)
                .buildAsync(URI.create(server.url().replace("http", "ws") + "/api/v1/models/smart-factory/ws"), new java.net.http.WebSocket.Listener() {});
        Exception e = assertThrows(Exception.class, () -> ws.get(5, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(403, ((java.net.http.WebSocketHandshakeException) e.getCause()).getResponse().statusCode());
    }

    static HttpRequest.Builder req(String url) {
        return HttpRequest.newBuilder(URI.create(url));
    }
}
