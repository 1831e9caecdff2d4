package org.threatloom.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threatloom.web.support.Http;
import org.threatloom.web.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;

class EditsApiTest {
    static TestServer server;
    static Http modeler;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        modeler = server.login("modeler");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode ok(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        return Http.json(r);
    }

    private static boolean hasThreatOn(JsonNode threats, String element) {
        for (JsonNode t : threats.path("threats")) if (t.path("element").path("id").asText().equals(element)) return true;
        return false;
    }

    @Test
    void aDeviceAndABrokerConnectedByAFlowGetThreats() throws Exception {
        String m = Http.json(modeler.post("/api/v1/models", "{\"name\":\"Edits one\"}", null)).path("id").asText();
        long rev = modeler.revision(m);
        JsonNode created = ok(modeler.edit(m, rev, "[{\"op\":\"add\",\"feature\":\"components\",\"value\":{\"type\":\"Device\",\"name\":\"Meter\"}},"
                + "{\"op\":\"add\",\"feature\":\"components\",\"value\":{\"type\":\"Broker\",\"name\":\"MQTT\",\"anonymousAllowed\":true}}]"));
        assertEquals("[\"device-1\",\"broker-1\"]", created.path("created").toString());
        JsonNode flow = ok(modeler.edit(m, created.path("revision").asLong(),
                "[{\"op\":\"add\",\"feature\":\"flows\",\"value\":{\"type\":\"DataFlow\",\"name\":\"telemetry\",\"source\":\"device-1\",\"target\":\"broker-1\"}}]"));
        JsonNode threats = Http.json(modeler.get("/api/v1/models/" + m + "/threats"));
        assertEquals(flow.path("revision").asLong(), threats.path("revision").asLong());
        assertTrue(hasThreatOn(threats, "broker-1"));
        assertTrue(hasThreatOn(threats, "data-flow-1"));
    }

    @Test
    void editsAreCheckedAgainstTheMetamodelAndRefusedWhole() throws Exception {
        String m = Http.json(modeler.post("/api/v1/models", "{\"name\":\"Edits two\"}", null)).path("id").asText();
        long rev = modeler.revision(m);
        String[][] refused = {
            {"[{\"op\":\"add\",\"feature\":\"components\",\"value\":{\"type\":\"Zone\"}}]", "not a kind of Component"},
            {"[{\"op\":\"add\",\"feature\":\"components\",\"value\":{\"type\":\"Device\",\"id\":\"mine\"}}]", "ids are assigned by the server"},
            {"[{\"op\":\"add\",\"feature\":\"components\",\"value\":{\"type\":\"Device\",\"secureBoot\":\"maybe\"}}]", "expected true or false"},
            {"[{\"op\":\"add\",\"feature\":\"components\",\"value\":{\"type\":\"Broker\",\"protocol\":\"CARRIER_PIGEON\"}}]", "is not one of"},
            {"[{\"op\":\"add\",\"feature\":\"components\",\"value\":{\"type\":\"Device\",\"nosuch\":1}}]", "has no feature 'nosuch'"},
            {"[{\"op\":\"add\",\"feature\":\"decisions\",\"value\":{\"type\":\"ReviewDecision\"}}]", "decisions API"},
            {"[{\"op\":\"add\",\"feature\":\"threats\",\"value\":{\"type\":\"Threat\",\"status\":\"ACCEPTED\"}}]", "sign-off field"},
            {"[{\"op\":\"add\",\"feature\":\"attestations\",\"value\":{\"type\":\"Attestation\",\"attestedBy\":\"ceo\"}}]", "sign-off field"},
            {"[{\"op\":\"add\",\"feature\":\"components\",\"value\":{\"type\":\"Device\"}},{\"op\":\"replace\",\"element\":\"nope\",\"feature\":\"name\",\"value\":\"x\"}]", "operation 1"},
        };
        for (String[] c : refused) {
            HttpResponse<String> r = modeler.edit(m, rev, c[0]);
            assertEquals(422, r.statusCode(), c[0]);
            assertTrue(Http.json(r).path("message").asText().contains(c[1]), r.body());
        }
        JsonNode model = Http.json(modeler.get("/api/v1/models/" + m));
        assertEquals(rev, model.path("revision").asLong());
        assertEquals(1, model.path("elements").size(), "nothing half-applied");
    }

    @Test
    void jsonPointerPathsNameTheElementAndFeatureAsInJsonPatch() throws Exception {
        String m = Http.json(modeler.post("/api/v1/models", "{\"name\":\"Edits by path\"}", null)).path("id").asText();
        long rev = modeler.revision(m);
        rev = ok(modeler.edit(m, rev, "[{\"op\":\"add\",\"path\":\"/components/-\",\"value\":{\"type\":\"Device\",\"name\":\"a/b\"}},"
                + "{\"op\":\"add\",\"path\":\"/zones/-\",\"value\":{\"type\":\"Zone\",\"name\":\"Field\"}}]")).path("revision").asLong();
        rev = ok(modeler.edit(m, rev, "[{\"op\":\"replace\",\"path\":\"/device-1/description\",\"value\":\"x~y\"},"
                + "{\"op\":\"replace\",\"path\":\"/device-1/zone\",\"value\":\"zone-1\"}]")).path("revision").asLong();
        JsonNode d = Http.json(modeler.get("/api/v1/models/" + m + "/elements/device-1"));
        assertEquals("a/b", d.path("name").asText());
        assertEquals("x~y", d.path("values").path("description").asText());
        assertEquals("zone-1", d.path("values").path("zone").asText());
        HttpResponse<String> bad = modeler.edit(m, rev, "[{\"op\":\"replace\",\"path\":\"/device-1/zone/extra\",\"value\":1}]");
        assertEquals(422, bad.statusCode());
        assertTrue(Http.json(bad).path("message").asText().contains("'path' must be"), bad.body());
        ok(modeler.edit(m, rev, "[{\"op\":\"remove\",\"path\":\"/device-1\"}]"));
        assertEquals(404, modeler.get("/api/v1/models/" + m + "/elements/device-1").statusCode());
    }

    @Test
    void deletingANodeRemovesItsFlowsAndReferencesAndUndoRestoresThem() throws Exception {
        String m = Http.json(modeler.post("/api/v1/models", "{\"name\":\"Edits three\"}", null)).path("id").asText();
        long rev = modeler.revision(m);
        rev = ok(modeler.edit(m, rev, "[{\"op\":\"add\",\"feature\":\"zones\",\"value\":{\"type\":\"Zone\",\"name\":\"Z\"}},"
                + "{\"op\":\"add\",\"feature\":\"components\",\"value\":{\"type\":\"Device\",\"name\":\"A\",\"zone\":\"zone-1\"}},"
                + "{\"op\":\"add\",\"feature\":\"components\",\"value\":{\"type\":\"Broker\",\"name\":\"B\"}},"
                + "{\"op\":\"add\",\"feature\":\"flows\",\"value\":{\"type\":\"DataFlow\",\"source\":\"device-1\",\"target\":\"broker-1\"}},"
                + "{\"op\":\"replace\",\"element\":\"device-1\",\"feature\":\"@layout\",\"value\":{\"x\":5,\"y\":6,\"w\":150,\"h\":54}}]"))
                .path("revision").asLong();
        String before = Http.json(modeler.get("/api/v1/models/" + m)).path("elements").toString();
        rev = ok(modeler.edit(m, rev, "[{\"op\":\"remove\",\"element\":\"zone-1\"},{\"op\":\"remove\",\"element\":\"broker-1\"}]")).path("revision").asLong();
        JsonNode after = Http.json(modeler.get("/api/v1/models/" + m));
        assertEquals(2, after.path("elements").size(), after.toString()); // the model and device-1, without its zone
        assertFalse(after.path("elements").get(1).path("values").has("zone"));
        rev = ok(modeler.post("/api/v1/models/" + m + "/undo", null, rev)).path("revision").asLong();
        assertEquals(before, Http.json(modeler.get("/api/v1/models/" + m)).path("elements").toString());
        ok(modeler.post("/api/v1/models/" + m + "/redo", null, rev));
        assertEquals(2, Http.json(modeler.get("/api/v1/models/" + m)).path("elements").size());
    }

    @Test
    void manyRandomEditsUndoneGiveBackTheOriginalAndRedoRestoresTheEnd() throws Exception {
        String m = "iot-device-supply-chain";
        JsonNode original = Http.json(modeler.get("/api/v1/models/" + m));
        long rev = original.path("revision").asLong();
        Random random = new Random(42);
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (JsonNode e : original.path("elements")) if (e.path("type").asText().matches("Device|Broker|Application|Chip|Pcb|Sensor")) ids.add(e.path("id").asText());
        int edits = 40;
        for (int i = 0; i < edits; i++) {
            String id = ids.get(random.nextInt(ids.size()));
            String op = switch (random.nextInt(3)) {
                case 0 -> "{\"op\":\"replace\",\"element\":\"" + id + "\",\"feature\":\"name\",\"value\":\"renamed " + i + "\"}";
                case 1 -> "{\"op\":\"replace\",\"element\":\"" + id + "\",\"feature\":\"@layout\",\"value\":{\"x\":" + i + ",\"y\":" + i + ",\"w\":150,\"h\":54}}";
                default -> "{\"op\":\"add\",\"feature\":\"components\",\"value\":{\"type\":\"Device\",\"name\":\"new " + i + "\"}}";
            };
            rev = ok(modeler.edit(m, rev, "[" + op + "]")).path("revision").asLong();
        }
        String end = Http.json(modeler.get("/api/v1/models/" + m)).path("elements").toString();
        for (int i = 0; i < edits; i++) rev = ok(modeler.post("/api/v1/models/" + m + "/undo", null, rev)).path("revision").asLong();
        JsonNode undone = Http.json(modeler.get("/api/v1/models/" + m));
        assertEquals(original.path("elements").toString(), undone.path("elements").toString());
        assertEquals(original.path("layout").toString(), undone.path("layout").toString());
        for (int i = 0; i < edits; i++) rev = ok(modeler.post("/api/v1/models/" + m + "/redo", null, rev)).path("revision").asLong();
        assertEquals(end, Http.json(modeler.get("/api/v1/models/" + m)).path("elements").toString());
    }
}
