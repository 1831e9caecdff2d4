package org.threatloom.app;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ImportExportCommandsTest {
    static final Path INTEROP = Path.of("..", "metamodel", "src", "test", "resources", "interop");
    static final Path SHARED = Path.of("..", "..", "shared", "example-models");
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    static Path shared(String relative) {
        Path p = SHARED.resolve(relative);
        assumeTrue(Files.exists(p), "sample models not available: " + p);
        return p;
    }

    @Test
    void importWritesTheModelAndPrintsTheReportAndTheCorrespondence() throws Exception {
        Path out = dir.resolve("shop.tlm");
        Cli r = Cli.run("import", INTEROP.resolve("threagile/webshop.yaml").toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.exists(out));
        assertTrue(r.out().contains("(threagile): 7 elements, 5 flows, 3 zones"), r.out());
        assertTrue(r.out().contains("/risk_tracking/missing-hardening@*"), "unmapped items with their place");
        assertTrue(r.out().contains("correspondence: 7 imported threat(s)"), r.out());
        assertTrue(r.out().contains("sql-nosql-injection@webshop-app"), r.out());
        assertEquals(0, Cli.run("validate", out.toString()).exit());
    }

    @Test
    void importAsJsonListsCountsUnmappedItemsAndMatches() throws Exception {
        Cli r = Cli.run("import", shared("threat-dragon/td.vue/tests/e2e/fixtures/v2-save-existing-threat.json").toString(),
                "-o", dir.resolve("f.tlm").toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode doc = JSON.readTree(r.out());
        assertEquals("threat-dragon", doc.get("format").asText());
        assertEquals(2, doc.at("/counts/elements").asInt());
        JsonNode row = doc.get("correspondence").get(0);
        assertEquals("f95ea54c-6b6c-4140-bafc-fdf667468ded", row.get("id").asText());
        assertEquals("Existing actor threat", row.get("title").asText());
        assertEquals("OPEN", row.get("status").asText());
        assertEquals("ELEMENT_AND_STRIDE", row.at("/derived/0/match").asText());
        assertEquals(1, doc.at("/summary/foundByElementAndStride").asInt());
    }

    @Test
    void aBadFileExitsTwoWithItsPlaceAndLeavesTheOutputUntouched() throws Exception {
        Path out = dir.resolve("kept.tlm");
        assertEquals(0, Cli.run("import", INTEROP.resolve("tm7/pump-monitoring.tm7").toString(), "-o", out.toString()).exit());
        byte[] before = Files.readAllBytes(out);
        for (String bad : new String[] {"hostile/xxe.tm7", "hostile/truncated.json", "hostile/billion-laughs.yaml", "hostile/include-escape.yaml"}) {
            Cli r = Cli.run("import", INTEROP.resolve(bad).toString(), "-o", out.toString());
            assertEquals(2, r.exit(), bad);
            assertTrue(r.err().matches("(?s)threatloom: .*" + bad.substring(bad.indexOf('/') + 1).replace(".", "\\.") + ":\\d+:\\d+: .*"), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace");
            assertArrayEquals(before, Files.readAllBytes(out), "nothing half-imported");
        }
        assertEquals(2, Cli.run("import", INTEROP.resolve("threagile/webshop.yaml").toString(), "--from", "visio", "-o", out.toString()).exit());
    }

    @Test
    void reImportUpdatesInsteadOfDuplicatingAndKeepsReviewDecisions() throws Exception {
        Path out = dir.resolve("fleet.tlm");
        Path source = INTEROP.resolve("threagile/iot-fleet.yaml");
        assertEquals(0, Cli.run("import", source.toString(), "-o", out.toString()).exit());
        String withDecision = Files.readString(out).replace("</tl:SystemModel>",
                "  <decisions xmi:id=\"dec-1\" threatId=\"TL-BASE-FLOW-TAMPERING@field-gateway-firmware-download\" decision=\"ACCEPT\" rationale=\"signed images\"/>\n</tl:SystemModel>");
        Files.writeString(out, withDecision);
        Cli again = Cli.run("import", source.toString(), "-o", out.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("re-import: 26 updated, 0 added, 0 removed (no longer in the source), 1 ThreatLoom-only kept"), again.out());
        String saved = Files.readString(out);
        assertTrue(saved.contains("xmi:id=\"dec-1\""), "the review decision is kept");
        assertEquals(1, saved.split("sourceId=\"vibration-sensor\"", -1).length - 1, "no duplicate element");
    }

    @Test
    void exportWritesFilesTheOtherToolsOpen() throws Exception {
        Path model = dir.resolve("pump.tlm");
        assertEquals(0, Cli.run("import", INTEROP.resolve("tm7/pump-monitoring.tm7").toString(), "-o", model.toString()).exit());
        Path td = dir.resolve("pump.json");
        Cli r = Cli.run("export", model.toString(), "--to", "threat-dragon", "-o", td.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode doc = JSON.readTree(td.toFile());
        assertTrue(doc.get("version").asText().startsWith("2."));
        assertEquals(4, doc.at("/detail/diagrams/0/cells").size() - 3, "3 elements, 2 flows, 1 box, 1 curve");
        Path otm = dir.resolve("pump.otm.yaml");
        assertEquals(0, Cli.run("export", model.toString(), "--to", "otm", "-o", otm.toString()).exit());
        assertTrue(Files.readString(otm).startsWith("otmVersion:"));
        Path back = dir.resolve("back.tlm");
        Cli reimport = Cli.run("import", otm.toString(), "-o", back.toString());
        assertEquals(0, reimport.exit(), reimport.err());
        assertTrue(reimport.out().contains("(otm): 3 elements, 2 flows"), reimport.out());
        assertEquals(2, Cli.run("export", model.toString(), "--to", "threagile").exit(), "Threagile is import-only");
        assertEquals(2, Cli.run("export", dir.resolve("missing.tlm").toString(), "--to", "otm").exit());
    }
}
