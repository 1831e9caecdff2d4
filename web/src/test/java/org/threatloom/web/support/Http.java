package org.threatloom.web.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.threatloom.web.server.Json;

import com.fasterxml.jackson.databind.JsonNode;

/** A signed-in API client: keeps the cookie, sends the CSRF token and a same-origin Origin on writes. */
public final class Http {
    public final String base;
    public final HttpClient client;
    public final CookieManager cookies = new CookieManager();
    public String csrf;

    public Http(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public HttpResponse<String> login(String user, String password) throws Exception {
        HttpResponse<String> r = post("/api/v1/login", "{\"name\":" + q(user) + ",\"password\":" + q(password) + "}", null);
        if (r.statusCode() == 200) csrf = json(r).path("csrfToken").asText();
        return r;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, String json, Long ifMatch) throws Exception {
        return send("POST", path, json, ifMatch, base, csrf);
    }

    /** Full control: method, body, If-Match, Origin and CSRF token (null leaves a header out). */
    public HttpResponse<String> send(String method, String path, String json, Long ifMatch, String origin, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (origin != null) b.header("Origin", origin);
        if (token != null) b.header("X-CSRF-Token", token);
        if (ifMatch != null) b.header("If-Match", "\"" + ifMatch + "\"");
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> edit(String model, long revision, String opsJson) throws Exception {
        return post("/api/v1/models/" + model + "/edits", "{\"ops\":" + opsJson + "}", revision);
    }

    public long revision(String model) throws Exception {
        return json(get("/api/v1/models/" + model)).path("revision").asLong();
    }

    public static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.MAPPER.readTree(r.body());
    }

    public static String q(String s) throws Exception {
        return Json.MAPPER.writeValueAsString(s);
    }
}
