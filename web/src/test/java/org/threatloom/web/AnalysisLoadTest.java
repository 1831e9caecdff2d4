package org.threatloom.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.threatloom.web.support.Http;
import org.threatloom.web.support.TestServer;

class AnalysisLoadTest {

    @Test
    void twentyAnalysesAtOnceQueueBoundedlyWhileOtherRequestsStillAnswer() throws Exception {
        try (TestServer s = TestServer.start(o -> o.withAnalysis(2, 6))) {
            Http h = s.login("admin");
            byte[] xmi = h.getBytes("/api/v1/models/smart-factory/xmi").body();
            List<String> models = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                HttpRequest up = HttpRequest.newBuilder(URI.create(s.url() + "/api/v1/models/import?name=copy-" + i))
                        .header("Origin", s.url()).header("X-CSRF-Token", h.csrf).POST(HttpRequest.BodyPublishers.ofByteArray(xmi)).build();
                models.add(Http.json(h.client.send(up, HttpResponse.BodyHandlers.ofString())).path("id").asText());
            }
            List<CompletableFuture<HttpResponse<String>>> analyses = new ArrayList<>();
            for (String m : models) {
                analyses.add(h.client.sendAsync(HttpRequest.newBuilder(URI.create(s.url() + "/api/v1/models/" + m + "/threats")).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            long worst = 0;
            for (int i = 0; i < 10; i++) {
                long t0 = System.nanoTime();
                assertEquals(200, h.get("/api/v1/models").statusCode());
                worst = Math.max(worst, (System.nanoTime() - t0) / 1_000_000);
            }
            int ok = 0;
            int busy = 0;
            for (var f : analyses) {
                HttpResponse<String> r = f.get();
                if (r.statusCode() == 200) ok++;
                else {
                    assertEquals(503, r.statusCode(), r.body());
                    busy++;
                }
            }
            assertEquals(20, ok + busy);
            assertTrue(ok >= 2, "some analyses ran: " + ok);
            assertTrue(worst < 2_000, "other requests answered within " + worst + " ms");
        }
    }
}
