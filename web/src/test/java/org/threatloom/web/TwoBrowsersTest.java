package org.threatloom.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threatloom.web.server.StaticUi;
import org.threatloom.web.support.Browser;
import org.threatloom.web.support.Http;
import org.threatloom.web.support.TestServer;

class TwoBrowsersTest {

    @Test
    void twoBrowserSessionsEditingAtOnceConverge() throws Exception {
        Browser.assumeAvailable();
        org.junit.jupiter.api.Assumptions.assumeTrue(StaticUi.built(), "the UI was not built (-Dui.skip=true)");
        try (TestServer s = TestServer.start(); Browser ann = Browser.open(); Browser bob = Browser.open()) {
            String m = Http.json(s.login("admin").post("/api/v1/models", "{\"name\":\"Shared\"}", null)).path("id").asText();
            ann.signIn(s.url(), "modeler", m);
            bob.signIn(s.url(), "admin", m);
            ann.await("#presence .chip");
            ann.waiting(10).until(d -> ann.driver.findElements(org.openqa.selenium.By.cssSelector("#presence .chip")).size() == 2);
            String[] annTypes = {"Device", "Sensor", "Gateway", "Broker"};
            String[] bobTypes = {"Actuator", "Controller", "Broker", "Device"};
            for (int i = 0; i < annTypes.length; i++) { // interleaved clicks: both write from the same revisions
                ann.find(".palette-item[data-type='" + annTypes[i] + "']").click();
                bob.find(".palette-item[data-type='" + bobTypes[i] + "']").click();
            }
            Http h = s.login("viewer");
            ann.waiting(30).until(d -> {
                try {
                    return h.revision(m) >= 9;
                } catch (Exception e) {
                    return false;
                }
            });
            long finalRev = h.revision(m);
            for (Browser b : List.of(ann, bob)) {
                b.waiting(20).until(d -> ((Number) b.js("return window.__tlState().revision")).longValue() == finalRev);
            }
            assertEquals(9, finalRev, "eight creations after the model's first revision: none lost");
            assertEquals(ann.js("return window.__tlState().elements"), bob.js("return window.__tlState().elements"));
            assertEquals(ann.js("return window.__tlState().cells"), bob.js("return window.__tlState().cells"));
            assertEquals(9L, ((List<?>) ann.js("return window.__tlState().elements")).size() + 0L);
            // presence: what Ann edits is outlined in Bob's diagram, and named in his participant list
            ann.find("[data-cell-id='sensor-1']").click();
            bob.waiting(10).until(d -> "#7048e8".equals(bob.js("return document.querySelector('[data-cell-id=\"sensor-1\"] rect').getAttribute('stroke')")));
            bob.waiting(10).until(d -> ((String) bob.js("return document.querySelector('#presence').textContent")).contains("modeler ✎"));
            assertEquals("#1c7ed6", ann.js("return document.querySelector('[data-cell-id=\"sensor-1\"] rect').getAttribute('stroke')"),
                    "her own selection stays blue for her");
        }
    }
}
