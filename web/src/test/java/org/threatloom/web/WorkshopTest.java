package org.threatloom.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threatloom.web.support.Http;
import org.threatloom.web.support.TestServer;
import org.threatloom.web.support.WsClient;

import com.fasterxml.jackson.databind.JsonNode;

class WorkshopTest {
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void await(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
        long end = System.currentTimeMillis() + 20_000;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > end) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(20);
        }
    }

    /** Applies change messages to a copy of the model, as the browser's store does. */
    private static Map<String, String> replay(JsonNode start, List<JsonNode> changes) {
        Map<String, String> elements = new LinkedHashMap<>();
        for (JsonNode e : start.path("elements")) elements.put(e.path("id").asText(), e.toString());
        long rev = start.path("revision").asLong();
        for (JsonNode c : changes) {
            if (c.path("revision").asLong() <= rev) continue;
            assertEquals(rev + 1, c.path("revision").asLong(), "changes arrive in server order without gaps");
            rev = c.path("revision").asLong();
            for (JsonNode e : c.path("elements")) elements.put(e.path("id").asText(), e.toString());
            for (JsonNode r : c.path("removed")) elements.remove(r.asText());
        }
        return elements;
    }

    @Test
    void fiftyParticipantsEditingAtOnceAllConvergeToTheServersModel() throws Exception {
        String m = "iot-device-supply-chain";
        List<Http> people = new ArrayList<>();
        for (int i = 0; i < 5; i++) people.add(server.login(i % 2 == 0 ? "modeler" : "admin"));
        JsonNode start = Http.json(people.get(0).get("/api/v1/models/" + m));
        List<WsClient> clients = new ArrayList<>();
        for (int i = 0; i < 50; i++) clients.add(new WsClient(people.get(i % people.size()), m));
        await(() -> clients.stream().allMatch(c -> !c.ofType("hello").isEmpty()), "hello");
        int editors = 10;
        int each = 6;
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        List<Future<Integer>> done = new ArrayList<>();
        for (int e = 0; e < editors; e++) {
            int who = e;
            done.add(pool.submit(() -> {
                Http h = people.get(who % people.size());
                int applied = 0;
                for (int k = 0; k < each; k++) {
                    String op = "[{\"op\":\"add\",\"feature\":\"components\",\"value\":{\"type\":\"Sensor\",\"name\":\"p" + who + "-" + k + "\"}}]";
                    for (int attempt = 0; attempt < 50; attempt++) { // a 409 means: take the current revision and send again
                        var r = h.edit(m, h.revision(m), op);
                        if (r.statusCode() == 200) {
                            applied++;
                            break;
                        }
                        assertEquals(409, r.statusCode(), r.body());
                    }
                }
                return applied;
            }));
        }
        int applied = 0;
        for (Future<Integer> f : done) applied += f.get();
        pool.shutdown();
        assertEquals(editors * each, applied, "no edit lost");
        JsonNode end = Http.json(people.get(0).get("/api/v1/models/" + m));
        long finalRevision = end.path("revision").asLong();
        assertEquals(start.path("revision").asLong() + editors * each, finalRevision);
        await(() -> clients.stream().allMatch(c -> c.ofType("change").stream().anyMatch(x -> x.path("revision").asLong() == finalRevision)), "last change");
        Map<String, String> truth = replay(end, List.of());
        for (WsClient c : clients) assertEquals(truth, replay(start, c.ofType("change")));
        clients.forEach(WsClient::close);
    }

    @Test
    void participantsSeeWhoIsHereAndWhatTheyEditAndFollowTheFacilitator() throws Exception {
        String m = "smart-factory";
        Http facilitator = server.login("reviewer");
        Http member = server.login("viewer");
        try (WsClient f = new WsClient(facilitator, m); WsClient v = new WsClient(member, m)) {
            await(() -> v.ofType("presence").stream().anyMatch(p -> p.path("participants").size() == 2), "presence of two");
            v.send("{\"type\":\"presence\",\"editing\":\"plc-press4\"}");
            await(() -> f.ofType("presence").stream().anyMatch(p -> p.toString().contains("\"editing\":\"plc-press4\"")), "editing");
            v.send("{\"type\":\"focus\",\"threatId\":\"viewer-cannot-lead\"}");
            f.send("{\"type\":\"focus\",\"threatId\":\"TL-X@plc-press4\"}");
            await(() -> !v.ofType("focus").isEmpty(), "focus");
            assertEquals("TL-X@plc-press4", v.ofType("focus").get(0).path("threatId").asText());
            assertTrue(f.ofType("focus").stream().noneMatch(x -> x.toString().contains("viewer-cannot-lead")));
        }
    }

    @Test
    void anEditReachesEveryoneWithTheUpdatedThreats() throws Exception {
        String m = "hybrid-cloud-keys";
        Http a = server.login("modeler");
        try (WsClient watcher = new WsClient(server.login("viewer"), m)) {
            await(() -> !watcher.ofType("hello").isEmpty(), "hello");
            long rev = a.revision(m);
            var r = a.edit(m, rev, "[{\"op\":\"add\",\"feature\":\"components\",\"value\":{\"type\":\"Broker\",\"name\":\"Open broker\",\"anonymousAllowed\":true}}]");
            assertEquals(200, r.statusCode());
            await(() -> watcher.ofType("analysis").stream().anyMatch(x -> x.path("revision").asLong() == rev + 1), "analysis");
            JsonNode analysis = watcher.ofType("analysis").stream().filter(x -> x.path("revision").asLong() == rev + 1).findFirst().orElseThrow();
            assertTrue(analysis.path("threats").toString().contains("\"id\":\"broker-1\""), "threats on the new broker");
            assertEquals("broker-1", watcher.ofType("change").get(0).path("created").get(0).asText());
        }
    }

    @Test
    void signingOutClosesTheWorkshopSocket() throws Exception {
        Http h = server.login("viewer");
        try (WsClient c = new WsClient(h, "smart-factory")) {
            await(() -> !c.ofType("hello").isEmpty(), "hello");
            h.post("/api/v1/logout", null, null);
            await(() -> c.socket.isInputClosed(), "socket closed");
        }
    }
}
