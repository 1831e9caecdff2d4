package org.threatloom.app;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class AssessCommandTest {
    static final String FACTORY = Path.of("..", "examples", "smart-factory.tlm").toString();
    static final String WALLBOX = Path.of("..", "examples", "iot-device-supply-chain.tlm").toString();
    static final Set<String> VERDICTS = Set.of("satisfied", "partially", "not-satisfied", "not-applicable");
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    private static JsonNode json(String... args) throws Exception {
        Cli r = Cli.run(args);
        assertEquals(0, r.exit(), r.err());
        return JSON.readTree(r.out());
    }

    @Test
    void jsonListsRequirementsWithIdStatusJustificationAndEvidenceAndTheSlVectorsPerZone() throws Exception {
        JsonNode doc = json("assess", FACTORY, "--profile", "iec62443-3-3", "--format", "json");
        assertEquals("iec62443-3-3", doc.get("profile").get("id").asText());
        assertEquals(64, doc.get("profile").get("sha256").asText().length());
        JsonNode zones = doc.get("zones");
        assertEquals(20, zones.size(), "10 zones and 10 conduits");
        for (JsonNode z : zones) {
            for (String fr : new String[] {"FR1", "FR2", "FR3", "FR4", "FR5", "FR6", "FR7"}) {
                assertTrue(z.get("slTarget").has(fr) && z.get("slAchieved").has(fr), z.get("id").asText());
            }
            assertTrue(z.get("gaps").isArray());
        }
        assertEquals(3, zones.get(0).get("slTarget").get("FR3").asInt(), "z-press-cell SL-T FR3");
        JsonNode requirements = doc.get("requirements");
        assertTrue(requirements.size() > 1000, "every requirement on every zone, and conduit requirements on conduits");
        Set<String> seen = new HashSet<>();
        for (JsonNode r : requirements) {
            assertTrue(r.has("id") && r.has("status") && r.has("justification") && r.has("evidence"), r.toString());
            assertTrue(VERDICTS.contains(r.get("status").asText()), r.get("status").asText());
            assertFalse(r.get("justification").asText().isBlank(), r.toString());
            assertTrue(seen.add(r.get("target").asText() + "|" + r.get("id").asText()), "one result per requirement and target");
            for (JsonNode e : r.get("evidence")) assertTrue(e.has("type") && e.has("id") && e.has("role"), e.toString());
        }
    }

    @Test
    void componentProfileGivesEachComponentItsTypeTargetClaimedAndAchievedLevels() throws Exception {
        JsonNode doc = json("assess", WALLBOX, "--profile", "iec62443-4-2", "--format", "json");
        JsonNode evc = null;
        for (JsonNode c : doc.get("components")) if (c.get("id").asText().equals("evc")) evc = c;
        assertNotNull(evc);
        assertEquals("EDR", evc.get("componentType").asText());
        assertEquals("z-site", evc.get("zone").asText());
        assertEquals(2, evc.get("slClaimed").get("FR1").asInt());
        assertTrue(evc.has("slAchieved") && evc.has("slTarget"));
        boolean edr213 = false;
        for (JsonNode r : doc.get("requirements")) {
            if (r.get("target").asText().equals("evc") && r.get("id").asText().equals("EDR 2.13")) {
                edr213 = true;
                assertEquals("not-satisfied", r.get("status").asText());
            }
            assertFalse(r.get("id").asText().startsWith("NDR") && r.get("target").asText().equals("evc"), "no network-device requirement on an embedded device");
        }
        assertTrue(edr213);
    }

    @Test
    void craTextGivesEveryAnnexIPointAVerdictAndListsArticle13Findings() {
        Cli r = Cli.run("assess", WALLBOX, "--profile", "cra");
        assertEquals(0, r.exit(), r.err());
        for (String point : new String[] {"CRA-AI-P1-1 ", "CRA-AI-P1-2(a)", "CRA-AI-P1-2(m)", "CRA-AI-P2-1 ", "CRA-AI-P2-8"}) {
            assertTrue(r.out().contains(point), point);
        }
        assertTrue(r.out().contains("satisfied      CRA-AI-P2-5"), r.out());
        assertTrue(r.out().contains("FINDINGS"));
        assertTrue(r.out().contains("cra-art13-"), r.out());
    }

    @Test
    void nistProfileAssessesTheProductAsAWhole() throws Exception {
        JsonNode doc = json("assess", WALLBOX, "--profile", "nistir8425", "--format", "json");
        assertEquals("product", doc.get("product").get("kind").asText());
        assertEquals(57, doc.get("requirements").size(), "10 capabilities and 47 sub-outcomes");
        assertFalse(doc.get("product").has("slTarget"));
    }

    @Test
    void aUniformSecurityLevelReplacesTheModelsTargets() throws Exception {
        JsonNode doc = json("assess", FACTORY, "--profile", "iec62443-3-3", "--sl", "4", "--format", "json");
        assertEquals(4, doc.get("sl").asInt());
        for (JsonNode z : doc.get("zones")) assertEquals(4, z.get("slTarget").get("FR1").asInt());
        for (JsonNode r : doc.get("requirements")) assertTrue(r.get("selected").asBoolean(), "everything is selected at SL 4");
    }

    @Test
    void proofRecordsFromTheCheckCommandAreCited() throws Exception {
        Path proofs = Files.writeString(dir.resolve("check.json"),
                "{\"model\": {\"id\": \"smart-factory\"}, \"theorems\": [{\"name\": \"attack-paths\", \"verdict\": \"proved\", \"ms\": 40}]}");
        JsonNode doc = json("assess", FACTORY, "--profile", "iec62443-3-3", "--proofs", proofs.toString(), "--format", "json");
        assertEquals("check.json", doc.get("proofs").asText());
        boolean cited = false;
        for (JsonNode r : doc.get("requirements")) {
            for (JsonNode e : r.get("evidence")) cited |= e.get("id").asText().equals("attack-paths@smart-factory") && e.get("role").asText().equals("supports");
        }
        assertTrue(cited);
    }

    @Test
    void badInputExitsTwo() throws Exception {
        assertEquals(2, Cli.run("assess", FACTORY, "--profile", "iso27001").exit());
        assertEquals(2, Cli.run("assess", FACTORY).exit(), "--profile is required");
        assertEquals(2, Cli.run("assess", FACTORY, "--profile", "iec62443-3-3", "--sl", "5").exit());
        assertEquals(2, Cli.run("assess", FACTORY, "--profile", "cra", "--sl", "2").exit(), "--sl is for IEC 62443");
        assertEquals(2, Cli.run("assess", dir.resolve("missing.tlm").toString(), "--profile", "cra").exit());
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"theorems\": [{\"name\": \"nonsense\", \"verdict\": \"proved\"}]}");
        Cli r = Cli.run("assess", FACTORY, "--profile", "cra", "--proofs", bad.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown theorem 'nonsense'"), r.err());
    }

    @Test
    void theReportIsDeterministicAndCanBeWrittenToAFile() throws Exception {
        Path out = dir.resolve("assess.json");
        assertEquals(0, Cli.run("assess", WALLBOX, "--profile", "cra", "--format", "json", "-o", out.toString()).exit());
        assertEquals(Files.readString(out).trim(), Cli.run("assess", WALLBOX, "--profile", "cra", "--format", "json").out().trim());
    }
}
