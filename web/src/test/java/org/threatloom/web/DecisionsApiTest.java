package org.threatloom.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threatloom.metamodel.io.ModelStore;
import org.threatloom.model.SystemModel;
import org.threatloom.web.decisions.DecisionChain;
import org.threatloom.web.support.Http;
import org.threatloom.web.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;

class DecisionsApiTest {
    static TestServer server;
    static Http reviewer;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        reviewer = server.login("reviewer");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String firstOpenThreat(String model) throws Exception {
        for (JsonNode t : Http.json(reviewer.get("/api/v1/models/" + model + "/threats")).path("threats")) {
            if (t.path("status").asText().equals("OPEN")) return t.path("id").asText();
        }
        throw new AssertionError("no open threat");
    }

    private static JsonNode threat(String model, String id) throws Exception {
        for (JsonNode t : Http.json(reviewer.get("/api/v1/models/" + model + "/threats")).path("threats")) if (t.path("id").asText().equals(id)) return t;
        return null;
    }

    @Test
    void aDecisionIsRecordedWithServerSetAuthorTimeAndHashAndChangesTheThreatsStatus() throws Exception {
        String m = "smart-factory";
        String t = firstOpenThreat(m);
        long rev = reviewer.revision(m);
        HttpResponse<String> r = reviewer.post("/api/v1/models/" + m + "/decisions",
                "{\"threatId\":" + Http.q(t) + ",\"decision\":\"ACCEPT\",\"rationale\":\"residual risk accepted by the plant manager\","
                        + "\"participants\":[\"Ann\",\"Bob\"]}", rev);
        assertEquals(201, r.statusCode(), r.body());
        JsonNode log = Http.json(reviewer.get("/api/v1/models/" + m + "/decisions"));
        JsonNode d = log.path("decisions").get(log.path("decisions").size() - 1);
        assertEquals("reviewer", d.path("decidedBy").asText());
        assertEquals(64, d.path("hash").asText().length());
        assertEquals("[\"Ann\",\"Bob\"]", d.path("participants").toString());
        assertTrue(log.path("chainIntact").asBoolean());
        assertEquals("ACCEPTED", threat(m, t).path("status").asText());
    }

    @Test
    void aNewDecisionSupersedesTheOneInForceAndBothStayInTheLog() throws Exception {
        String m = "hybrid-cloud-keys";
        String t = firstOpenThreat(m);
        long rev = reviewer.revision(m);
        rev = Http.json(reviewer.post("/api/v1/models/" + m + "/decisions",
                "{\"threatId\":" + Http.q(t) + ",\"decision\":\"TRANSFER\",\"rationale\":\"insurer\"}", rev)).path("revision").asLong();
        rev = Http.json(reviewer.post("/api/v1/models/" + m + "/decisions",
                "{\"threatId\":" + Http.q(t) + ",\"decision\":\"REOPEN\",\"rationale\":\"insurer declined\"}", rev)).path("revision").asLong();
        JsonNode log = Http.json(reviewer.get("/api/v1/models/" + m + "/decisions")).path("decisions");
        JsonNode first = log.get(log.size() - 2);
        JsonNode second = log.get(log.size() - 1);
        assertEquals("insurer", first.path("rationale").asText());
        assertFalse(first.path("inForce").asBoolean());
        assertEquals(first.path("id").asText(), second.path("supersedes").asText());
        assertEquals("OPEN", threat(m, t).path("status").asText());
    }

    @Test
    void decisionsCannotBeEditedDeletedOrForgedThroughAnyRoute() throws Exception {
        String m = "iot-device-supply-chain";
        String t = firstOpenThreat(m);
        long rev = reviewer.revision(m);
        String id = Http.json(reviewer.post("/api/v1/models/" + m + "/decisions",
                "{\"threatId\":" + Http.q(t) + ",\"decision\":\"NOT_APPLICABLE\",\"rationale\":\"no radio\"}", rev)).path("decision").asText();
        rev = reviewer.revision(m);
        for (String forged : new String[] {"decidedBy", "decidedAt", "hash", "supersedes", "id"}) {
            HttpResponse<String> r = reviewer.post("/api/v1/models/" + m + "/decisions",
                    "{\"threatId\":\"x\",\"decision\":\"ACCEPT\",\"rationale\":\"r\",\"" + forged + "\":\"forged\"}", rev);
            assertEquals(400, r.statusCode(), forged);
        }
        for (String op : new String[] {
            "{\"op\":\"replace\",\"element\":\"" + id + "\",\"feature\":\"rationale\",\"value\":\"changed\"}",
            "{\"op\":\"remove\",\"element\":\"" + id + "\"}",
            "{\"op\":\"remove\",\"feature\":\"decisions\",\"value\":\"" + id + "\"}"}) {
            assertEquals(422, reviewer.edit(m, rev, "[" + op + "]").statusCode(), op);
        }
        assertEquals(404, reviewer.send("PUT", "/api/v1/models/" + m + "/decisions", "{}", rev, server.url(), reviewer.csrf).statusCode());
        assertEquals(404, reviewer.send("DELETE", "/api/v1/models/" + m + "/decisions", null, rev, server.url(), reviewer.csrf).statusCode());
        assertEquals(rev, reviewer.revision(m));
    }

    @Test
    void aCountermeasureNamedByADecisionCannotBeDeleted() throws Exception {
        String m = "smart-factory";
        JsonNode model = Http.json(reviewer.get("/api/v1/models/" + m));
        String cm = null;
        for (JsonNode e : model.path("elements")) if (e.path("type").asText().equals("Countermeasure")) cm = e.path("id").asText();
        String t = firstOpenThreat(m);
        long rev = model.path("revision").asLong();
        rev = Http.json(reviewer.post("/api/v1/models/" + m + "/decisions", "{\"threatId\":" + Http.q(t)
                + ",\"decision\":\"MITIGATE\",\"rationale\":\"done\",\"countermeasures\":[" + Http.q(cm) + "]}", rev)).path("revision").asLong();
        HttpResponse<String> r = reviewer.edit(m, rev, "[{\"op\":\"remove\",\"element\":\"" + cm + "\"}]");
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("append-only"), r.body());
    }

    @Test
    void tamperingWithAStoredDecisionBreaksTheHashChain() throws Exception {
        String m = Http.json(reviewer.post("/api/v1/models", "{\"name\":\"Chain\"}", null)).path("id").asText();
        long rev = reviewer.revision(m);
        for (int i = 0; i < 3; i++) {
            rev = Http.json(reviewer.post("/api/v1/models/" + m + "/decisions",
                    "{\"threatId\":\"T@" + i + "\",\"decision\":\"ACCEPT\",\"rationale\":\"r" + i + "\"}", rev)).path("revision").asLong();
        }
        Path file = server.dir.resolve(m + ".tlm");
        SystemModel stored = ModelStore.load(file);
        assertEquals(null, DecisionChain.firstBroken(stored.getDecisions()));
        stored.getDecisions().get(1).setRationale("quietly rewritten");
        assertEquals(stored.getDecisions().get(1).getId(), DecisionChain.firstBroken(stored.getDecisions()));
        String xml = Files.readString(file).replace("rationale=\"r1\"", "rationale=\"quietly rewritten\"");
        Files.writeString(file, xml);
        try (TestServer reopened = TestServer.start(o -> o.withPort(0))) {
            // a second server over a copy shows the break
            Path copy = reopened.dir.resolve("chain.tlm");
            Files.copy(file, copy);
            Http h = reopened.login("viewer");
            JsonNode log = Http.json(h.get("/api/v1/models/chain/decisions"));
            assertFalse(log.path("chainIntact").asBoolean());
            assertEquals(stored.getDecisions().get(1).getId(), log.path("chainBrokenAt").asText());
        }
    }

    @Test
    void theMinutesAreADocxWithEveryDecisionShownLiterally() throws Exception {
        String m = Http.json(reviewer.post("/api/v1/models", "{\"name\":\"Minutes\"}", null)).path("id").asText();
        long rev = reviewer.revision(m);
        reviewer.post("/api/v1/models/" + m + "/decisions", "{\"threatId\":\"T@x\",\"decision\":\"ACCEPT\",\"rationale\":"
                + Http.q("=HYPERLINK(\"http://evil\") <script>alert(1)</script>") + ",\"participants\":[\"[[${T(java.lang.Runtime)}]]\"]}", rev);
        HttpResponse<byte[]> r = reviewer.getBytes("/api/v1/models/" + m + "/minutes.docx");
        assertEquals(200, r.statusCode());
        assertEquals("attachment; filename=\"minutes-minutes.docx\"; filename*=UTF-8''minutes-minutes.docx",
                r.headers().firstValue("Content-Disposition").orElseThrow());
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(r.body()));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            String s = text.getText();
            assertTrue(s.contains("=HYPERLINK(\"http://evil\") <script>alert(1)</script>"), s);
            assertTrue(s.contains("[[${T(java.lang.Runtime)}]]"), s);
            assertTrue(s.contains("intact"), s);
        }
    }
}
