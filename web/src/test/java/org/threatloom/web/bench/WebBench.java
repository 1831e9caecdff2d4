package org.threatloom.web.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import org.threatloom.web.support.Browser;
import org.threatloom.web.support.Http;
import org.threatloom.web.support.TestServer;
import org.threatloom.web.support.WsClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Web benchmarks (not tests): prints a table of p50/p95 against a reference measured in the same run.
 * <ul>
 *   <li>edit -> updated threats visible: POST an edit, until the analysis of that revision arrives on the WebSocket
 *       (reference: a plain GET round trip);</li>
 *   <li>broadcast to 50 WebSocket clients: POST an edit, until each of 50 clients has the change (reference: 1 client);</li>
 *   <li>editor open, 500 nodes and 1,000 edges: navigation start to every cell rendered in headless Chromium
 *       (reference: the smart-factory example, 123 nodes and 43 edges).</li>
 * </ul>
 * Run: {@code mvn -q -o -pl web test-compile exec:java -Dexec.mainClass=org.threatloom.web.bench.WebBench -Dexec.classpathScope=test}
 */
public final class WebBench {
    private static final List<String[]> ROWS = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        try (TestServer s = TestServer.start()) {
            boolean only = args.length > 1;
            if (!only || args[1].equals("threats")) editToThreats(s, rounds);
            if (!only || args[1].equals("broadcast")) broadcast(s, Math.max(10, rounds / 2));
            if ((!only || args[1].equals("open")) && java.nio.file.Files.isExecutable(Browser.CHROMIUM)) editorOpen(s, Math.min(5, rounds));
        }
        System.out.printf("%n%-46s %10s %10s %12s %10s %8s%n", "benchmark", "p50 ms", "p95 ms", "reference", "ref p95", "ratio");
        for (String[] r : ROWS) System.out.printf("%-46s %10s %10s %12s %10s %8s%n", (Object[]) r);
        System.exit(0);
    }

    private static void row(String name, List<Double> ms, String refName, List<Double> ref, double budget) {
        double p95 = pct(ms, 95);
        double r95 = pct(ref, 95);
        ROWS.add(new String[] {name + " (budget " + (int) budget + ")", f(pct(ms, 50)), f(p95), refName, f(r95), String.format("%.1fx", p95 / r95)});
    }

    static double pct(List<Double> v, int p) {
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(p / 100.0 * s.size()) - 1));
    }

    private static String f(double d) {
        return String.format("%.1f", d);
    }

    private static void editToThreats(TestServer s, int rounds) throws Exception {
        Http h = s.login("modeler");
        String m = "smart-factory";
        Map<Long, Long> arrived = new ConcurrentHashMap<>();
        try (WsClient ws = new WsClient(h, m)) {
            ws.onMessage = msg -> {
                if (msg.path("type").asText().equals("analysis")) arrived.put(msg.path("revision").asLong(), System.nanoTime());
            };
            List<Double> lat = new ArrayList<>();
            List<Double> ref = new ArrayList<>();
            long rev = h.revision(m);
            for (int i = 0; i < rounds + 10; i++) {
                long t0 = System.nanoTime();
                JsonNode r = Http.json(h.edit(m, rev, "[{\"op\":\"replace\",\"element\":\"gw-edge\",\"feature\":\"defaultCredentials\",\"value\":"
                        + (i % 2 == 0) + "}]"));
                rev = r.path("revision").asLong();
                long target = rev;
                while (!arrived.containsKey(target)) Thread.onSpinWait();
                double ms = (arrived.get(target) - t0) / 1e6;
                long g0 = System.nanoTime();
                h.get("/api/v1/session");
                double g = (System.nanoTime() - g0) / 1e6;
                if (i >= 10) { // warm-up
                    lat.add(ms);
                    ref.add(g);
                }
            }
            row("edit -> updated threats (smart-factory, 294)", lat, "GET round trip", ref, 200);
        }
    }

    private static void broadcast(TestServer s, int rounds) throws Exception {
        Http h = s.login("modeler");
        String m = "iot-device-supply-chain";
        for (int clients : new int[] {1, 50}) {
            List<WsClient> ws = new ArrayList<>();
            Map<String, Long> seen = new ConcurrentHashMap<>();
            for (int i = 0; i < clients; i++) {
                WsClient c = new WsClient(s.login("viewer"), m);
                int who = i;
                c.onMessage = msg -> {
                    if (msg.path("type").asText().equals("change")) seen.put(who + "@" + msg.path("revision").asLong(), System.nanoTime());
                };
                ws.add(c);
            }
            Thread.sleep(500);
            List<Double> lat = new ArrayList<>();
            long rev = h.revision(m);
            for (int i = 0; i < rounds + 5; i++) {
                long t0 = System.nanoTime();
                rev = Http.json(h.edit(m, rev, "[{\"op\":\"replace\",\"element\":\"" + "evc" + "\",\"feature\":\"description\",\"value\":\"r" + i + "\"}]"))
                        .path("revision").asLong();
                for (int c = 0; c < clients; c++) {
                    String key = c + "@" + rev;
                    while (!seen.containsKey(key)) Thread.onSpinWait();
                    if (i >= 5) lat.add((seen.get(key) - t0) / 1e6);
                }
            }
            ws.forEach(WsClient::close);
            if (clients == 1) REF_ONE.addAll(lat);
            else row("workshop broadcast to 50 clients", lat, "1 client", REF_ONE, 100);
        }
    }

    private static final List<Double> REF_ONE = new ArrayList<>();

    private static void editorOpen(TestServer s, int rounds) throws Exception {
        Http h = s.login("admin");
        String big = Http.json(h.post("/api/v1/models", "{\"name\":\"Bench 500 nodes\"}", null)).path("id").asText();
        StringBuilder ops = new StringBuilder("[");
        Random random = new Random(7);
        for (int z = 0; z < 10; z++) ops.append("{\"op\":\"add\",\"feature\":\"zones\",\"value\":{\"type\":\"Zone\",\"name\":\"Zone ").append(z).append("\"}},");
        String[] types = {"Device", "Gateway", "Sensor", "Application", "Compute", "Broker", "Storage", "Controller"};
        List<String> ids = new ArrayList<>();
        Map<String, Integer> count = new java.util.HashMap<>();
        for (int i = 0; i < 500; i++) {
            String t = types[i % types.length];
            int n = count.merge(t, 1, Integer::sum);
            String prefix = t.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
            ids.add(prefix + "-" + n);
            ops.append("{\"op\":\"add\",\"feature\":\"components\",\"value\":{\"type\":\"").append(t).append("\",\"name\":\"").append(t).append(' ').append(i)
                    .append("\",\"zone\":\"zone-").append(1 + i % 10).append("\"}},");
        }
        for (int i = 0; i < 1000; i++) {
            String a = ids.get(random.nextInt(ids.size()));
            String b = ids.get(random.nextInt(ids.size()));
            if (a.equals(b)) b = ids.get((ids.indexOf(a) + 1) % ids.size());
            ops.append("{\"op\":\"add\",\"feature\":\"flows\",\"value\":{\"type\":\"DataFlow\",\"name\":\"f").append(i)
                    .append("\",\"source\":\"").append(a).append("\",\"target\":\"").append(b).append("\"}},");
        }
        ops.setCharAt(ops.length() - 1, ']');
        var r = h.edit(big, h.revision(big), ops.toString());
        if (r.statusCode() != 200) throw new IllegalStateException(r.body());
        List<Double> bigMs = new ArrayList<>();
        List<Double> refMs = new ArrayList<>();
        try (Browser b = Browser.open()) {
            b.signIn(s.url(), "viewer", "smart-factory");
            for (int i = 0; i < rounds + 1; i++) {
                for (String model : new String[] {"smart-factory", big}) {
                    b.driver.get("about:blank");
                    b.driver.get(s.url() + "/#model=" + model);
                    b.waiting(60).until(d -> b.js("return window.__tlRender && window.__tlRender.at") != null);
                    JsonNode render = org.threatloom.web.server.Json.MAPPER.readTree((String) b.js("return JSON.stringify(window.__tlRender)"));
                    long inDom = (Long) b.js("return document.querySelectorAll('[data-cell-id]').length");
                    if (i == 0) {
                        System.out.printf("%s: %d cells (%d nodes, %d edges), %d in the DOM%n", model, render.path("cells").asInt(),
                                render.path("nodes").asInt(), render.path("edges").asInt(), inDom);
                        continue; // warm-up
                    }
                    (model.equals(big) ? bigMs : refMs).add(render.path("at").asDouble());
                }
            }
        }
        row("editor open, 500 nodes + 1,000 edges", bigMs, "smart-factory", refMs, 2000);
    }
}
