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

class AnalyzeExplainAndCatalogCommandsTest {
    static final String FACTORY = Path.of("..", "examples", "smart-factory.tlm").toString();
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    @Test
    void analyzeAsJsonListsThreatsWithTheDocumentedFields() throws Exception {
        Cli r = Cli.run("analyze", FACTORY, "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode doc = JSON.readTree(r.out());
        assertEquals("3.9", doc.get("catalogs").get("CAPEC").asText());
        JsonNode threats = doc.get("threats");
        assertTrue(threats.size() > 50, "threats: " + threats.size());
        for (JsonNode t : threats) {
            for (String field : new String[] {"id", "rule", "element", "stride", "references", "likelihood", "impact", "risk", "status", "mitigatedBy"}) {
                assertTrue(t.has(field), field + " missing in " + t);
            }
            if (!t.get("rule").isNull()) assertEquals(t.get("rule").asText() + "@" + t.get("element").get("id").asText(), t.get("id").asText());
        }
    }

    @Test
    void analyzeIsDeterministic() {
        assertEquals(Cli.run("analyze", FACTORY, "--format", "json").out(), Cli.run("analyze", FACTORY, "--format", "json").out());
    }

    @Test
    void failOnExitsOneWhenAnOpenThreatReachesTheGateAndZeroOtherwise() throws Exception {
        assertEquals(1, Cli.run("analyze", FACTORY, "--fail-on", "high").exit());
        Path empty = Files.writeString(dir.resolve("empty.tlm"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tl:SystemModel xmi:version=\"2.0\" "
                + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:tl=\"http://threatloom.org/model/1.0\" xmi:id=\"s\" name=\"Empty\"/>");
        assertEquals(0, Cli.run("analyze", empty.toString(), "--fail-on", "critical").exit());
        assertEquals(2, Cli.run("analyze", FACTORY, "--fail-on", "severe").exit());
    }

    @Test
    void sarifHasOneResultPerOpenThreatLocatedAtTheElementsLine() throws Exception {
        Path out = dir.resolve("out.sarif");
        assertEquals(0, Cli.run("analyze", FACTORY, "--format", "sarif", "-o", out.toString()).exit());
        JsonNode sarif = JSON.readTree(Files.readString(out));
        assertEquals("2.1.0", sarif.get("version").asText());
        JsonNode run = sarif.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        JsonNode results = run.get("results");
        JsonNode json = JSON.readTree(Cli.run("analyze", FACTORY, "--format", "json").out());
        assertEquals(json.get("summary").get("open").asInt(), results.size());
        Set<String> fingerprints = new HashSet<>();
        String model = Files.readString(Path.of(FACTORY));
        for (JsonNode res : results) {
            assertEquals(res.get("ruleId").asText(), rules.get(res.get("ruleIndex").asInt()).get("id").asText());
            assertTrue(Set.of("error", "warning", "note").contains(res.get("level").asText()));
            assertTrue(fingerprints.add(res.get("partialFingerprints").get("threatId/v1").asText()));
            JsonNode loc = res.get("locations").get(0);
            String elementId = loc.get("logicalLocations").get(0).get("fullyQualifiedName").asText();
            int line = loc.get("physicalLocation").get("region").get("startLine").asInt();
            assertTrue(model.lines().skip(line - 1).findFirst().orElse("").contains("xmi:id=\"" + elementId + "\""), elementId + " not at line " + line);
        }
    }

    @Test
    void explainShowsTheRuleCatalogEntriesAndTheMatchedProperties() throws Exception {
        JsonNode first = JSON.readTree(Cli.run("analyze", FACTORY, "--format", "json").out()).get("threats").get(0);
        Cli r = Cli.run("explain", FACTORY, first.get("id").asText());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Rule       " + first.get("rule").asText()), r.out());
        assertTrue(r.out().contains("Evaluation"), r.out());
        assertTrue(r.out().contains("=>  true"), r.out());
        assertTrue(r.out().contains(first.get("references").get(0).asText()), r.out());
    }

    @Test
    void explainSaysWhyARuleDidNotFire() throws Exception {
        JsonNode threats = JSON.readTree(Cli.run("analyze", FACTORY, "--format", "json").out()).get("threats");
        String rule = threats.get(0).get("rule").asText();
        Cli r = Cli.run("explain", FACTORY, "--element", "org-nordhagen", "--rule", rule);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("so the rule is never evaluated on it") || r.out().contains("The condition is false"), r.out());
        assertEquals(2, Cli.run("explain", FACTORY, "NO-SUCH-RULE@plc-press4").exit());
        assertEquals(2, Cli.run("explain", FACTORY, "not-a-threat-id").exit());
    }

    @Test
    void catalogCommandsShowWhatIsLoaded() throws Exception {
        Cli stats = Cli.run("catalog", "stats");
        assertTrue(stats.out().contains("CAPEC 3.9") && stats.out().contains("attackPatterns=615"), stats.out());
        Cli show = Cli.run("catalog", "show", "TID-201", "--format", "json");
        assertEquals("TID-201", JSON.readTree(show.out()).get("id").asText());
        assertTrue(Cli.run("catalog", "search", "debug").out().contains("CWE-"));
        assertEquals(2, Cli.run("catalog", "show", "CAPEC-999999").exit());
        assertEquals(2, Cli.run("catalog", "frob").exit());
    }

    @Test
    void aUserRulePackAddsRulesAndABrokenPackIsABadInput() throws Exception {
        Path pack = Files.createDirectory(dir.resolve("rules"));
        Files.writeString(pack.resolve("ACME-1.yaml"), """
                id: ACME-1
                title: Every broker is reviewed by the ACME team
                stride: TAMPERING
                domain: iot
                appliesTo: [Broker]
                condition: "true"
                references: [CAPEC-94]
                likelihood: LOW
                impact: LOW
                mitigatedBy: [SECURE_CONFIGURATION]
                """);
        Cli r = Cli.run("analyze", FACTORY, "--rules", pack.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"ACME-1@"), "user rule did not fire");
        Files.writeString(pack.resolve("ACME-2.yaml"), "id: ACME-2\ntitle: x\nstride: TAMPERING\ndomain: iot\nappliesTo: [Broker]\n"
                + "condition: \"clientAuth == NONE\"\nreferences: [CAPEC-94]\nlikelihood: LOW\nimpact: LOW\nmitigatedBy: [SECURE_CONFIGURATION]\n");
        Cli bad = Cli.run("analyze", FACTORY, "--rules", pack.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("ACME-2") && bad.err().contains("Broker has no property 'clientAuth'"), bad.err());
    }
}
