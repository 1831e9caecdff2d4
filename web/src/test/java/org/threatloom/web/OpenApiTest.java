package org.threatloom.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.threatloom.web.server.RouteSpec;
import org.threatloom.web.support.Http;
import org.threatloom.web.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;

class OpenApiTest {

    @Test
    void theOpenApiDescriptionMatchesEveryRouteAndItsRole() throws Exception {
        try (TestServer s = TestServer.start()) {
            JsonNode doc = Http.json(new Http(s.url()).get("/api/v1/openapi.json"));
            assertEquals("3.0.3", doc.path("openapi").asText());
            TreeSet<String> described = new TreeSet<>();
            doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op ->
                    described.add(op.getKey().toUpperCase() + " " + p.getKey() + " " + op.getValue().path("x-required-role").asText())));
            TreeSet<String> served = new TreeSet<>();
            for (RouteSpec r : s.server.routes()) served.add(r.method() + " " + r.path() + " " + (r.role() == null ? "none" : r.role().label()));
            served.add("GET /api/v1/models/{id}/ws viewer");
            assertEquals(served, described);
        }
    }
}
