package org.threatloom.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threatloom.metamodel.io.ModelStore;
import org.threatloom.web.support.Http;
import org.threatloom.web.support.SaveFailure;
import org.threatloom.web.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;

class ConcurrencyApiTest {
    static TestServer server;
    static Http ann;
    static Http bob;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        ann = server.login("modeler");
        bob = server.login("admin");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aWriteWithoutIfMatchIsRefusedWith428AndChangesNothing() throws Exception {
        long rev = ann.revision("smart-factory");
        for (String path : new String[] {"edits", "undo", "redo", "decisions"}) {
            HttpResponse<String> r = ann.post("/api/v1/models/smart-factory/" + path, "{\"ops\":[]}", null);
            assertEquals(path.equals("decisions") ? 403 : 428, r.statusCode(), path + ": " + r.body()); // a modeler may not decide at all
        }
        HttpResponse<String> r = bob.post("/api/v1/models/smart-factory/decisions", "{\"threatId\":\"x\"}", null);
        assertEquals(428, r.statusCode());
        assertEquals(rev, ann.revision("smart-factory"));
    }

    @Test
    void twoSavesFromTheSameRevisionTheFirstWinsTheSecondGets409WithBothVersions() throws Exception {
        String m = "hybrid-cloud-keys";
        long rev = ann.revision(m);
        String id = Http.json(ann.get("/api/v1/models/" + m)).path("elements").get(3).path("id").asText();
        HttpResponse<String> first = ann.edit(m, rev, "[{\"op\":\"replace\",\"element\":\"" + id + "\",\"feature\":\"name\",\"value\":\"Ann's name\"}]");
        HttpResponse<String> second = bob.edit(m, rev, "[{\"op\":\"replace\",\"element\":\"" + id + "\",\"feature\":\"name\",\"value\":\"Bob's name\"}]");
        assertEquals(200, first.statusCode());
        assertEquals(409, second.statusCode());
        JsonNode c = Http.json(second);
        assertEquals(rev, c.path("yours").path("revision").asLong());
        assertEquals("Bob's name", c.path("yours").path("change").path("ops").get(0).path("value").asText());
        assertEquals(rev + 1, c.path("current").path("revision").asLong());
        assertTrue(c.path("current").path("elements").toString().contains("Ann's name"));
        // nothing lost: Bob resends on the current revision and both changes are in the history
        HttpResponse<String> again = bob.edit(m, rev + 1, "[{\"op\":\"replace\",\"element\":\"" + id + "\",\"feature\":\"description\",\"value\":\"Bob's note\"}]");
        assertEquals(200, again.statusCode());
        JsonNode now = Http.json(ann.get("/api/v1/models/" + m + "/elements/" + id));
        assertEquals("Ann's name", now.path("name").asText());
        assertEquals("Bob's note", now.path("values").path("description").asText());
    }

    @Test
    void aFailedSaveAnswersClearlyAndLeavesTheStoredRevisionAndTheModelIntact() throws Exception {
        String m = Http.json(ann.post("/api/v1/models", "{\"name\":\"Save failure\"}", null)).path("id").asText();
        long rev = ann.revision(m);
        rev = Http.json(ann.edit(m, rev, "[{\"op\":\"add\",\"feature\":\"components\",\"value\":{\"type\":\"Device\",\"name\":\"kept\"}}]")).path("revision").asLong();
        Path file = server.dir.resolve(m + ".tlm");
        byte[] stored = Files.readAllBytes(file);
        // an I/O failure in the middle of the save: the revision history cannot be written
        try (SaveFailure failing = SaveFailure.inject(file)) {
            HttpResponse<String> r = ann.edit(m, rev, "[{\"op\":\"replace\",\"element\":\"device-1\",\"feature\":\"name\",\"value\":\"lost?\"}]");
            assertEquals(507, r.statusCode(), r.body());
            assertTrue(Http.json(r).path("message").asText().contains("stored revision " + rev + " is intact"), r.body());
            assertArrayEquals(stored, Files.readAllBytes(file));
            assertEquals(rev, ann.revision(m));
            assertEquals("kept", Http.json(ann.get("/api/v1/models/" + m + "/elements/device-1")).path("name").asText());
            assertEquals("kept", ModelStore.load(file).getComponents().get(0).getName());
        }
        HttpResponse<String> retry = ann.edit(m, rev, "[{\"op\":\"replace\",\"element\":\"device-1\",\"feature\":\"name\",\"value\":\"saved now\"}]");
        assertEquals(200, retry.statusCode(), retry.body());
    }

    @Test
    void aReadOnlyWorkspaceFailsTheSaveWithoutLosingAnything() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root ignores read-only permissions");
        String m = Http.json(ann.post("/api/v1/models", "{\"name\":\"Read only\"}", null)).path("id").asText();
        long rev = ann.revision(m);
        Path dir = server.dir;
        dir.toFile().setWritable(false);
        try {
            HttpResponse<String> r = ann.edit(m, rev, "[{\"op\":\"add\",\"feature\":\"components\",\"value\":{\"type\":\"Device\"}}]");
            assertEquals(507, r.statusCode(), r.body());
            assertEquals(rev, ann.revision(m));
        } finally {
            dir.toFile().setWritable(true);
        }
    }
}
