package org.threatloom.web.bench;

import org.threatloom.web.support.Browser;
import org.threatloom.web.support.Http;
import org.threatloom.web.support.TestServer;

/** Manual probe: where the editor's open time goes for a model (prints timings). */
public final class OpenProbe {
    public static void main(String[] args) throws Exception {
        try (TestServer s = TestServer.start(); Browser b = Browser.open()) {
            Http h = s.login("admin");
            String big = Http.json(h.post("/api/v1/models", "{\"name\":\"P\"}", null)).path("id").asText();
            StringBuilder ops = new StringBuilder("[");
            java.util.Random r = new java.util.Random(7);
            for (int z = 0; z < 10; z++) ops.append("{\"op\":\"add\",\"feature\":\"zones\",\"value\":{\"type\":\"Zone\",\"name\":\"Z").append(z).append("\"}},");
            for (int i = 0; i < 500; i++) ops.append("{\"op\":\"add\",\"feature\":\"components\",\"value\":{\"type\":\"Device\",\"name\":\"D").append(i).append("\",\"zone\":\"zone-").append(1 + i % 10).append("\"}},");
            for (int i = 0; i < 1000; i++) ops.append("{\"op\":\"add\",\"feature\":\"flows\",\"value\":{\"type\":\"DataFlow\",\"source\":\"device-").append(1 + r.nextInt(500)).append("\",\"target\":\"device-").append(1 + r.nextInt(500)).append("\"}},");
            ops.setCharAt(ops.length() - 1, ']');
            h.edit(big, h.revision(big), ops.toString());
            b.signIn(s.url(), "viewer", big);
            for (int i = 0; i < 3; i++) {
                b.driver.get("about:blank");
                b.driver.get(s.url() + "/#model=" + big);
                b.waiting(60).until(d -> b.js("return window.__tlRender && window.__tlRender.at") != null);
                System.out.println(b.js("return JSON.stringify({render: window.__tlRender, open: window.__tlOpenMs, nav: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd, res: performance.getEntriesByType('resource').map(e => e.name.replace(location.origin,'') + ':' + Math.round(e.startTime) + '-' + Math.round(e.responseEnd))})"));
            }
        }
    }
}
