package org.threatloom.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.threatloom.web.server.StaticUi;
import org.threatloom.web.support.Browser;
import org.threatloom.web.support.Http;
import org.threatloom.web.support.SaveFailure;
import org.threatloom.web.support.TestServer;

class EditorBrowserTest {
    static TestServer server;
    Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeAvailable();
        org.junit.jupiter.api.Assumptions.assumeTrue(StaticUi.built(), "the UI was not built (-Dui.skip=true)");
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @BeforeEach
    void open() throws Exception {
        browser = Browser.open();
    }

    @AfterEach
    void close() {
        if (browser != null) browser.close();
    }

    private String newModel(String name) throws Exception {
        return Http.json(server.login("admin").post("/api/v1/models", "{\"name\":" + Http.q(name) + "}", null)).path("id").asText();
    }

    private void waitFor(String script, Object... args) {
        try {
            browser.waiting(20).until(d -> Boolean.TRUE.equals(browser.js("return !!(" + script + ")", args)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("timed out: " + script + " state " + browser.js("return JSON.stringify(window.__tlState())"
                    + " + ' ' + (document.querySelector('#props') && document.querySelector('#props').dataset.element)"
                    + " + ' ' + document.querySelector('#status').textContent") + " console " + browser.driver.manage().logs().get("browser").getAll(), e);
        }
    }

    private void addFromPalette(String type, String name) throws InterruptedException {
        long before = (Long) browser.js("return window.__tlState().revision");
        browser.find(".palette-item[data-type='" + type + "']").click();
        waitFor("window.__tlState().revision > arguments[0] && document.querySelector('#props')", before);
        waitFor("window.__tlState().revision === arguments[0] + 1 && document.querySelector('#props').dataset.element.includes('-')", before);
        retry(() -> {
            WebElement field = browser.await("#prop-name");
            field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), name + "\n");
        });
        waitFor("window.__tlState().elements.some(e => e.endsWith('|' + arguments[0]))", name);
    }

    /** The panel re-renders when the server's change arrives: retry a gesture that hit the old form. */
    private void retry(Runnable gesture) throws InterruptedException {
        for (int i = 0;; i++) {
            try {
                gesture.run();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.ElementNotInteractableException e) {
                if (i > 10) throw e;
                Thread.sleep(100);
            }
        }
    }

    @Test
    void aDeviceAndABrokerConnectedInTheEditorShowAThreatThatTheGroupDecides() throws Exception {
        String m = newModel("Browser device and broker");
        browser.signIn(server.url(), "admin", m);
        addFromPalette("Device", "Smart meter");
        addFromPalette("Broker", "Site broker");
        waitFor("document.querySelector('[data-cell-id=\"device-1\"]') && document.querySelector('[data-cell-id=\"broker-1\"]')");
        // connect: select the device on the diagram, then "connect to" the broker
        retry(() -> browser.find("[data-cell-id='device-1']").click());
        retry(() -> {
            new Select(browser.await("select[name='flowTarget']")).selectByValue("broker-1");
            browser.find("#add-flow").click();
        });
        waitFor("document.querySelector('[data-cell-id=\"data-flow-1\"]')");
        // the threat list shows threats of the new elements, and the broker carries a badge
        retry(() -> browser.find("[data-cell-id='broker-1']").click()); // the list follows the selection
        browser.find("#tab-threats").click();
        WebElement threat = browser.await("li.threat[data-element='broker-1']");
        waitFor("getComputedStyle(document.querySelector('[data-cell-id=\"broker-1\"] [visibility=\"visible\"]') || document.body).visibility === 'visible'");
        String id = threat.getAttribute("data-threat-id");
        threat.click();
        new Select(browser.await("#decision-kind")).selectByValue("ACCEPT");
        browser.find("#decision-rationale").sendKeys("Pilot network only; broker is replaced in Q3");
        browser.find("#decision-participants").sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "Ann, Bob");
        browser.find("#record-decision").click();
        waitFor("document.querySelector(`li.threat[data-threat-id=\"${arguments[0]}\"][data-status=\"ACCEPTED\"]`)", id);
        var log = Http.json(server.login("viewer").get("/api/v1/models/" + m + "/decisions")).path("decisions");
        assertEquals(id, log.get(0).path("threatId").asText());
        assertEquals("[\"Ann\",\"Bob\"]", log.get(0).path("participants").toString());
        // the minutes download as DOCX
        browser.find("#download-minutes").click();
        Path docx = browser.downloads.resolve(m + "-minutes.docx");
        browser.waiting(20).until(d -> Files.exists(docx) && docx.toFile().length() > 1000);
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertTrue(text.getText().contains("Pilot network only"));
        }
        // and the evidence pack: the evidence module's documents for this model, the decision included
        browser.find("#download-evidence").click();
        Path zip = browser.downloads.resolve(m + "-evidence.zip");
        browser.waiting(90).until(d -> Files.exists(zip) && zip.toFile().length() > 1000);
        List<String> names = new java.util.ArrayList<>();
        boolean decisionInPack = false;
        try (var z = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (var e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                names.add(e.getName());
                if (e.getName().endsWith(".sarif") || e.getName().endsWith(".json")) {
                    decisionInPack |= new String(z.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains("Pilot network only");
                }
            }
        }
        assertTrue(names.stream().anyMatch(n -> n.endsWith(".docx")) && names.contains("manifest.json"), names.toString());
        assertTrue(decisionInPack, "the recorded decision is in the pack: " + names);
        browser.screenshot(Path.of("target", "editor-decision.png"));
    }

    @Test
    void undoAndRedoInTheEditorRevertAndRestoreAnEdit() throws Exception {
        String m = newModel("Browser undo");
        browser.signIn(server.url(), "modeler", m);
        addFromPalette("Gateway", "Edge gateway");
        browser.find("#undo").click();
        waitFor("window.__tlState().elements.some(e => e.endsWith('|New Gateway'))");
        browser.find("#undo").click();
        waitFor("!window.__tlState().elements.some(e => e.startsWith('gateway-1|'))");
        browser.find("#redo").click();
        waitFor("window.__tlState().elements.some(e => e.startsWith('gateway-1|'))");
    }

    @Test
    void namesThatLookLikeMarkupAreShownLiterally() throws Exception {
        String m = newModel("Browser escaping");
        Http h = server.login("admin");
        String evil = "<img src=x onerror=alert(1)>\"><svg onload=alert(2)>";
        h.edit(m, h.revision(m), "[{\"op\":\"add\",\"feature\":\"components\",\"value\":{\"type\":\"Device\",\"name\":" + Http.q(evil) + "}}]");
        browser.signIn(server.url(), "viewer", m);
        browser.await("[data-cell-id='device-1']");
        retry(() -> browser.find("[data-cell-id='device-1']").click());
        assertEquals(evil, browser.await("#prop-name").getAttribute("value"));
        assertEquals(0L, browser.js("return document.querySelectorAll('img[src=\"x\"], svg[onload]').length"));
        String label = ((String) browser.js("return document.querySelector('[data-cell-id=\"device-1\"]').textContent")).replace('\u00a0', ' ');
        assertTrue(label.contains("<img src=x"), label);
        browser.find("#tab-threats").click();
        List<WebElement> items = browser.driver.findElements(By.cssSelector("li.threat[data-element='device-1'] .meta"));
        assertTrue(items.isEmpty() || items.get(0).getText().replace('\u00a0', ' ').contains("<img src=x"));
        try {
            browser.driver.switchTo().alert();
            throw new AssertionError("an alert ran");
        } catch (NoAlertPresentException expected) {
            // nothing executed
        }
    }

    @Test
    void theFormalCheckHighlightsACounterexamplePathAndTheComplianceViewShowsLevelsPerZone() throws Exception {
        browser.signIn(server.url(), "viewer", "smart-factory");
        browser.find("#tab-check").click();
        browser.await("#run-check").click();
        WebElement cex = browser.waiting(90).until(d -> {
            var l = d.findElements(By.cssSelector(".theorem[data-verdict='counterexample'] .cex"));
            return l.isEmpty() ? null : l.get(0);
        });
        String first = cex.getAttribute("data-path").split(" ")[0];
        waitFor("document.querySelector(`[data-cell-id=\"${arguments[0]}\"] rect`).getAttribute('stroke') === '#e8590c'", first);
        browser.screenshot(Path.of("target", "editor-check.png"));
        browser.find("#tab-compliance").click();
        browser.await("#run-assess").click();
        WebElement summary = browser.waiting(60).until(d -> {
            var l = d.findElements(By.cssSelector("#assess-summary"));
            return l.isEmpty() ? null : l.get(0);
        });
        assertTrue(summary.getText().contains("IEC 62443-3-3"), summary.getText());
        assertTrue(browser.driver.findElements(By.cssSelector("details.target")).size() > 3);
        assertTrue(browser.find("details.target summary").getText().contains("SL-T"));
    }

    @Test
    void farOutTheDiagramLeavesOutLabelsAndTheZoomControlsBringThemBack() throws Exception {
        browser.signIn(server.url(), "viewer", "smart-factory");
        String label = "document.querySelector('[data-cell-id=\"gw-edge\"] text')";
        waitFor("getComputedStyle(" + label + ").display !== 'none'");
        for (int i = 0; i < 3; i++) browser.find("#zoom-out").click();
        waitFor("document.querySelector('#canvas .lod-far') && getComputedStyle(" + label + ").display === 'none'");
        assertTrue(browser.find("#zoom-level").getAttribute("title").contains("zoom in"));
        browser.find("#zoom-fit").click();
        for (int i = 0; i < 3; i++) browser.find("#zoom-in").click();
        waitFor("!document.querySelector('#canvas .lod-far') && getComputedStyle(" + label + ").display !== 'none'");
    }

    @Test
    void anEditThatCannotBeSavedStaysInTheEditorAndIsSavedOnRetry() throws Exception {
        String m = newModel("Browser save failure");
        browser.signIn(server.url(), "modeler", m);
        Path file = server.dir.resolve(m + ".tlm");
        byte[] stored = Files.readAllBytes(file);
        try (SaveFailure failing = SaveFailure.inject(file)) {
            browser.find(".palette-item[data-type='Sensor']").click();
            WebElement retry = browser.await("#retry-save");
            assertTrue(browser.find("#status").getText().contains("Not saved"), browser.find("#status").getText());
            assertArrayEquals(stored, Files.readAllBytes(file));
            assertTrue(retry.getText().contains("1 unsaved"), retry.getText());
        }
        browser.find("#retry-save").click();
        waitFor("window.__tlState().elements.some(e => e.startsWith('sensor-1|Sensor|'))");
        assertTrue(Files.readString(file).contains("tl:Sensor"));
    }

    @Test
    void severalNodesSelectedWithARubberBandMoveTogetherAndAreCopiedPastedAndDeletedAsOne() throws Exception {
        String m = newModel("Browser multiple selection");
        Http api = server.login("viewer");
        browser.signIn(server.url(), "modeler", m);
        addFromPalette("Device", "Meter");
        addFromPalette("Sensor", "Probe");
        waitFor("document.querySelector('[data-cell-id=\"device-1\"]') && document.querySelector('[data-cell-id=\"sensor-1\"]')");
        // Shift+drag a rubber band around both
        List<?> r = (List<?>) browser.js("const a = document.querySelector('[data-cell-id=\"device-1\"] rect').getBoundingClientRect();"
                + "const b = document.querySelector('[data-cell-id=\"sensor-1\"] rect').getBoundingClientRect();"
                + "return [Math.min(a.left, b.left) - 25, Math.min(a.top, b.top) - 25, Math.max(a.right, b.right) + 25, Math.max(a.bottom, b.bottom) + 25];");
        int[] box = r.stream().mapToInt(v -> ((Number) v).intValue()).toArray();
        new org.openqa.selenium.interactions.Actions(browser.driver).keyDown(org.openqa.selenium.Keys.SHIFT).moveToLocation(box[0], box[1])
                .clickAndHold().moveToLocation((box[0] + box[2]) / 2, (box[1] + box[3]) / 2).moveToLocation(box[2], box[3]).release()
                .keyUp(org.openqa.selenium.Keys.SHIFT).perform();
        String stroke = "document.querySelector(`[data-cell-id=\"${arguments[0]}\"] rect`).getAttribute('stroke') === '#1c7ed6'";
        waitFor(stroke, "device-1");
        waitFor(stroke, "sensor-1");
        // dragging one moves both, saved as one edit
        JsonNode before = Http.json(api.get("/api/v1/models/" + m)).path("layout");
        long rev = (Long) browser.js("return window.__tlState().revision");
        new org.openqa.selenium.interactions.Actions(browser.driver).moveToElement(browser.find("[data-cell-id='device-1'] rect"))
                .clickAndHold().moveByOffset(60, 30).moveByOffset(60, 30).release().perform();
        waitFor("window.__tlState().revision === arguments[0] + 1", rev);
        Thread.sleep(1000);
        assertEquals(rev + 1, (Long) browser.js("return window.__tlState().revision"), "one edit for the whole move");
        JsonNode after = Http.json(api.get("/api/v1/models/" + m)).path("layout");
        for (String id : List.of("device-1", "sensor-1")) {
            assertTrue(after.path(id).path("x").asInt() - before.path(id).path("x").asInt() > 80, id + " moved: " + before.path(id) + " -> " + after.path(id));
            assertTrue(after.path(id).path("y").asInt() - before.path(id).path("y").asInt() > 40, id + " moved: " + before.path(id) + " -> " + after.path(id));
        }
        // copy and paste: new elements with new ids and the originals' values
        browser.js("document.activeElement && document.activeElement.blur()");
        new org.openqa.selenium.interactions.Actions(browser.driver).keyDown(org.openqa.selenium.Keys.CONTROL).sendKeys("c").sendKeys("v")
                .keyUp(org.openqa.selenium.Keys.CONTROL).perform();
        waitFor("['device-2|Device|Meter (copy)', 'sensor-2|Sensor|Probe (copy)'].every(e => window.__tlState().elements.includes(e))");
        // the copies are now the selection: Delete removes them, not the originals
        waitFor(stroke, "device-2");
        waitFor(stroke, "sensor-2");
        new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys(org.openqa.selenium.Keys.DELETE).perform();
        waitFor("!window.__tlState().elements.some(e => e.startsWith('device-2|') || e.startsWith('sensor-2|'))");
        assertEquals(List.of("device-1|Device|Meter", "sensor-1|Sensor|Probe"),
                ((List<?>) browser.js("return window.__tlState().elements.filter(e => !e.includes('|SystemModel|'))")));
    }

    @Test
    void aThreatDragonFileUploadedInTheEditorOpensAsAModelWithTheImportReport() throws Exception {
        Path sample = Path.of("..", "..", "shared", "example-models", "threat-dragon", "td.vue", "src", "service", "demo", "online-game.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(sample), "../shared beside the clone");
        browser.signIn(server.url(), "modeler", "smart-factory");
        browser.find("#upload").sendKeys(sample.toAbsolutePath().normalize().toString());
        browser.waiting(20).until(d -> ((String) browser.js("return location.hash")).startsWith("#model=online-game"));
        waitFor("document.querySelector('#status').textContent.includes('Imported from threat-dragon: 12 elements, 17 flows')");
        waitFor("document.querySelectorAll('[data-cell-id]').length > 20");
    }

    @Test
    void aViewerCannotEditFromTheEditor() throws Exception {
        browser.signIn(server.url(), "viewer", "smart-factory");
        assertTrue(!browser.find(".palette-item[data-type='Device']").isEnabled());
        assertTrue(!browser.find("#undo").isEnabled());
    }
}
