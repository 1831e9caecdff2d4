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
 *       (reference: the smart-factory example, 123 nodes and 43 edges);</li>
 *   <li>drag in the 500-node editor: frames per second while the node with the most flows is dragged by real pointer
 *       events (reference: a node of smart-factory); {@code -Dprofile=true} prints where the page's script time goes.</li>
 * </ul>
 * Arguments: rounds (default 60), then optionally one of threats, broadcast, open.
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
        Map<String, Integer> degree = new java.util.HashMap<>();
        for (int i = 0; i < 1000; i++) {
            String a = ids.get(random.nextInt(ids.size()));
            String b = ids.get(random.nextInt(ids.size()));
            if (a.equals(b)) b = ids.get((ids.indexOf(a) + 1) % ids.size());
            degree.merge(a, 1, Integer::sum);
            degree.merge(b, 1, Integer::sum);
            ops.append("{\"op\":\"add\",\"feature\":\"flows\",\"value\":{\"type\":\"DataFlow\",\"name\":\"f").append(i)
                    .append("\",\"source\":\"").append(a).append("\",\"target\":\"").append(b).append("\"}},");
        }
        ops.setCharAt(ops.length() - 1, ']');
        var r = h.edit(big, h.revision(big), ops.toString());
        if (r.statusCode() != 200) throw new IllegalStateException(r.body());
        List<Double> bigMs = new ArrayList<>();
        List<Double> refMs = new ArrayList<>();
        String busiest = degree.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<Double> bigFps = new ArrayList<>();
        List<Double> refFps = new ArrayList<>();
        try (Browser b = Browser.open()) {
            b.signIn(s.url(), "modeler", "smart-factory");
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
                    (model.equals(big) ? bigFps : refFps).add(dragFps(b, model.equals(big) ? busiest : "gw-edge", model.equals(big) && Boolean.getBoolean("profile")));
                }
            }
        }
        System.out.printf("dragged %s (%d flows) in the large model%n", busiest, degree.get(busiest));
        row("editor open, 500 nodes + 1,000 edges", bigMs, "smart-factory", refMs, 2000);
        ROWS.add(new String[] {"drag, 500 nodes + 1,000 edges (budget >= 50 fps)", f(pct(bigFps, 50)) + " fps", f(pct(bigFps, 5)) + " fps*",
                "smart-factory", f(pct(refFps, 5)) + " fps*", String.format("%.2fx", pct(bigFps, 5) / pct(refFps, 5))});
    }

    @SuppressWarnings("unchecked")
    private static void printProfile(Map<String, Object> result) {
        Map<String, Object> prof = (Map<String, Object>) result.get("profile");
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) prof.get("nodes");
        Map<Long, String> names = new java.util.HashMap<>();
        for (var n : nodes) {
            var cf = (Map<String, Object>) n.get("callFrame");
            names.put(((Number) n.get("id")).longValue(), cf.get("functionName") + "@" + cf.get("lineNumber") + ":" + cf.get("columnNumber"));
        }
        List<Number> samples = (List<Number>) prof.get("samples");
        List<Number> deltas = (List<Number>) prof.get("timeDeltas");
        Map<String, Double> self = new java.util.HashMap<>();
        for (int i = 0; i < samples.size(); i++) self.merge(names.get(samples.get(i).longValue()), deltas.get(i).doubleValue() / 1000, Double::sum);
        self.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(25)
                .forEach(e -> System.out.printf("  %8.1f ms  %s%n", e.getValue(), e.getKey()));
    }

    /**
     * Drags a node with real pointer events (120 moves, 16 ms apart) while the page counts animation frames; returns the
     * frames per second during the drag. The node is dropped back where it was picked up.
     */
    private static double dragFps(Browser b, String nodeId, boolean profile) {
        List<?> at = (List<?>) b.js("const r = document.querySelector(`[data-cell-id='${arguments[0]}'] rect`).getBoundingClientRect();"
                + "return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2), innerWidth, innerHeight];", nodeId);
        int x = ((Number) at.get(0)).intValue();
        int y = ((Number) at.get(1)).intValue();
        if (x < 0 || y < 0 || x >= ((Number) at.get(2)).intValue() || y >= ((Number) at.get(3)).intValue()) {
            throw new IllegalStateException(nodeId + " is outside the view at " + at);
        }
        b.js("window.__tlFrames = []; const tick = (t) => { if (window.__tlFrames) { window.__tlFrames.push(t); requestAnimationFrame(tick); } };"
                + "requestAnimationFrame(tick); window.__tlDrag = {};"
                + "addEventListener('mousedown', () => window.__tlDrag.start = performance.now(), { capture: true, once: true });"
                + "addEventListener('mouseup', () => window.__tlDrag.end = performance.now(), { capture: true, once: true });");
        var mouse = new org.openqa.selenium.interactions.PointerInput(org.openqa.selenium.interactions.PointerInput.Kind.MOUSE, "mouse");
        var drag = new org.openqa.selenium.interactions.Sequence(mouse, 0);
        drag.addAction(mouse.createPointerMove(java.time.Duration.ZERO, org.openqa.selenium.interactions.PointerInput.Origin.viewport(), x, y));
        drag.addAction(mouse.createPointerDown(org.openqa.selenium.interactions.PointerInput.MouseButton.LEFT.asArg()));
        for (int i = 0; i < 120; i++) {
            int away = i < 60 ? 1 : -1; // out towards the middle of the view, then back
            int dx = away * (x < ((Number) at.get(2)).intValue() / 2 ? 2 : -2);
            int dy = away * (y < ((Number) at.get(3)).intValue() / 2 ? 1 : -1);
            drag.addAction(mouse.createPointerMove(java.time.Duration.ofMillis(16), org.openqa.selenium.interactions.PointerInput.Origin.pointer(), dx, dy));
        }
        drag.addAction(mouse.createPointerUp(org.openqa.selenium.interactions.PointerInput.MouseButton.LEFT.asArg()));
        if (profile) {
            b.driver.executeCdpCommand("Profiler.enable", Map.of());
            b.driver.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 200));
            b.driver.executeCdpCommand("Profiler.start", Map.of());
        }
        b.driver.perform(List.of(drag));
        if (profile) printProfile(b.driver.executeCdpCommand("Profiler.stop", Map.of()));
        Object fps = b.js("const d = window.__tlDrag; const f = window.__tlFrames.filter(t => t >= d.start && t <= d.end);"
                + "window.__tlFrames = null; return f.length * 1000 / (d.end - d.start);");
        System.out.printf("drag %s: %.1f fps%n", nodeId, ((Number) fps).doubleValue());
        return ((Number) fps).doubleValue();
    }
}
