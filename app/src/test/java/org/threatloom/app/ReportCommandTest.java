package org.threatloom.app;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatloom.metamodel.io.Examples;
import org.threatloom.metamodel.io.ModelStore;
import org.threatloom.model.SystemModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ReportCommandTest {
    static final String FACTORY = Path.of("..", "examples", "smart-factory.tlm").toString();
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    @Test
    void reportWritesTheWholePackWithAManifestOfEveryFile() throws Exception {
        Path out = dir.resolve("pack");
        Cli r = Cli.run("report", FACTORY, "--out", out.toString(), "--no-check", "--no-pdf", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode manifest = JSON.readTree(r.out()).get("manifest");
        assertEquals("threatloom-evidence-pack", manifest.get("pack").asText());
        List<String> paths = new ArrayList<>();
        for (JsonNode f : manifest.get("files")) {
            paths.add(f.get("path").asText());
            assertTrue(Files.isRegularFile(out.resolve(f.get("path").asText())), f.toString());
        }
        for (String profile : List.of("iec62443-3-3", "iec62443-4-2", "cra", "nistir8425")) {
            assertTrue(paths.contains(profile + "/nordhagen-press-line-4-iiot-retrofit-" + profile + ".docx"), profile + " docx: " + paths);
            assertTrue(paths.contains(profile + "/nordhagen-press-line-4-iiot-retrofit-" + profile + ".html"), profile + " html");
            for (String f : List.of("catalog", "profile", "ssp", "assessment-plan", "assessment-results", "component-definition")) {
                assertTrue(paths.contains("oscal/" + profile + "/" + f + ".json"), profile + " " + f);
            }
        }
        assertTrue(paths.containsAll(List.of("architecture.png", "threats/analysis.json", "threats/threats.sarif", "nordhagen-press-line-4-iiot-retrofit-matrix.xlsx")));
        assertEquals(7, manifest.get("proofs").get("not-run").asInt(), "--no-check: every theorem not run");
        JsonNode sarif = JSON.readTree(out.resolve("threats/threats.sarif").toFile());
        assertEquals("2.1.0", sarif.get("version").asText());
    }

    @Test
    void sameInputsGiveTheSamePackAndARerunReplacesIt() throws Exception {
        Path out = dir.resolve("pack");
        assertEquals(0, Cli.run("report", FACTORY, "--out", out.toString(), "--no-check", "--profile", "cra").exit());
        byte[] first = Files.readAllBytes(out.resolve("manifest.json"));
        Files.writeString(out.resolve("stale.txt"), "left over");
        Cli again = Cli.run("report", FACTORY, "--out", out.toString(), "--no-check", "--profile", "cra");
        assertEquals(0, again.exit(), again.err());
        assertArrayEquals(first, Files.readAllBytes(out.resolve("manifest.json")), "byte-identical manifest, so byte-identical files");
        assertFalse(Files.exists(out.resolve("stale.txt")), "the previous pack is replaced, not merged");
        assertTrue(Files.exists(out.resolve("cra/nordhagen-press-line-4-iiot-retrofit-cra.pdf")), "PDF rendered by default");
        assertFalse(Files.exists(out.resolve("iec62443-3-3")), "only the requested profile");
    }

    @Test
    void runsTheFormalCheckerByDefaultAndRendersItsVerdicts() throws Exception {
        Path out = dir.resolve("pack");
        Cli r = Cli.run("report", FACTORY, "--out", out.toString(), "--profile", "iec62443-3-3", "--no-pdf", "--budget", "120");
        assertEquals(0, r.exit(), r.err());
        JsonNode proofs = JSON.readTree(out.resolve("manifest.json").toFile()).get("proofs");
        assertEquals(0, proofs.get("not-run").asInt(), proofs.toString());
        assertEquals(7, proofs.get("proved").asInt() + proofs.get("counterexample").asInt() + proofs.get("timeout").asInt(), proofs.toString());
        String html = Files.readString(out.resolve("iec62443-3-3/nordhagen-press-line-4-iiot-retrofit-iec62443-3-3.html"));
        assertTrue(html.contains("formal checker run"), "the proof summary names its source");
    }

    @Test
    void proofRecordsFromACheckReportFileAreRendered() throws Exception {
        Path proofs = dir.resolve("check.json");
        Files.writeString(proofs, """
                {"model": {"id": "smart-factory"}, "theorems": [
                  {"name": "attack-paths", "verdict": "counterexample", "ms": 12, "path": [{"id": "plc-press4"}, {"id": "gw-edge"}]},
                  {"name": "coverage", "verdict": "proved", "ms": 3}]}
                """);
        Path out = dir.resolve("pack");
        Cli r = Cli.run("report", FACTORY, "--out", out.toString(), "--proofs", proofs.toString(), "--profile", "nistir8425", "--no-pdf");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("1 proved, 1 counterexample, 0 timeout, 5 not run"), r.out());
        String html = Files.readString(out.resolve("nistir8425/nordhagen-press-line-4-iiot-retrofit-nistir8425.html"));
        assertTrue(html.contains("Counterexample 1 to attack-paths"), "counterexample section");
        assertTrue(html.contains("[plc-press4]"), "the path's elements by label");
    }

    @Test
    void hostileModelNamesNeverBecomePaths() throws Exception {
        SystemModel m = Examples.load("smart-factory");
        m.setName("../../etc/passwd\r\nX:");
        m.getComponents().get(0).setName("=HYPERLINK(\"http://evil\",\"x\")");
        Path model = dir.resolve("hostile.tlm");
        ModelStore.save(m, model, 0);
        Path out = dir.resolve("pack");
        Cli r = Cli.run("report", model.toString(), "--out", out.toString(), "--no-check", "--no-pdf", "--profile", "cra");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.exists(out.resolve("etc-passwd-x-matrix.xlsx")), r.out());
        assertTrue(Files.exists(out.resolve("cra/etc-passwd-x-cra.docx")));
        assertFalse(Files.exists(dir.resolve("etc")));
        try (var s = Files.walk(dir)) {
            assertTrue(s.allMatch(p -> p.startsWith(dir)), "nothing written outside the temp dir");
        }
    }

    @Test
    void badInputIsExitTwoAndTouchesNothing() throws Exception {
        Path mine = dir.resolve("mine");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("notes.txt"), "keep");
        Cli r = Cli.run("report", FACTORY, "--out", mine.toString(), "--no-check", "--no-pdf", "--profile", "cra");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("not empty"), r.err());
        assertEquals("keep", Files.readString(mine.resolve("notes.txt")));
        assertEquals(2, Cli.run("report", FACTORY, "--out", dir.resolve("x").toString(), "--profile", "iso27001").exit());
        assertEquals(2, Cli.run("report", FACTORY, "--out", dir.resolve("x").toString(), "--as-of", "yesterday").exit());
        assertEquals(2, Cli.run("report", FACTORY, "--out", dir.resolve("x").toString(), "--sl", "7").exit());
        assertEquals(2, Cli.run("report", "no-such.tlm", "--out", dir.resolve("x").toString()).exit());
        assertEquals(2, Cli.run("report", FACTORY).exit(), "--out is required");
        assertFalse(Files.exists(dir.resolve("x")));
    }
}
