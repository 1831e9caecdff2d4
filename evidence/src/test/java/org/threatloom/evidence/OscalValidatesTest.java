package org.threatloom.evidence;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatloom.compliance.assess.Assessment;
import org.threatloom.compliance.assess.RequirementResult;
import org.threatloom.compliance.assess.Verdict;
import org.threatloom.evidence.oscal.OscalIds;
import org.threatloom.evidence.oscal.OscalValidator;
import org.threatloom.evidence.oscal.OscalWriter;
import org.threatloom.evidence.pack.ReportInputs;
import org.threatloom.evidence.report.ReportContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The OSCAL chain of every profile validates with NIST's liboscal-java (JSON schema and the OSCAL constraints, which
 * load the linked plan, SSP, profile and catalog), for a model with hostile names; and every reference resolves: finding
 * targets are statements of the catalog, subjects and by-components are components of the SSP.
 */
class OscalValidatesTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    @Test
    void everyOscalFileOfEveryProfileIsValidAndItsReferencesResolve() throws Exception {
        ReportInputs in = Fixtures.hostile();
        ReportContext ctx = new ReportContext(in);
        List<String> problems = new ArrayList<>();
        for (String profile : in.assessments().keySet()) {
            Path d = dir.resolve(profile);
            Files.createDirectories(d);
            for (Map.Entry<String, byte[]> e : OscalWriter.write(ctx, profile, "../architecture.png").entrySet()) Files.write(d.resolve(e.getKey()), e.getValue());
            for (String f : List.of(OscalWriter.CATALOG, OscalWriter.PROFILE, OscalWriter.SSP, OscalWriter.PLAN, OscalWriter.RESULTS, OscalWriter.COMPONENTS)) {
                for (OscalValidator.Problem p : OscalValidator.validate(d.resolve(f))) problems.add(profile + "/" + p);
            }
            references(d, in.assessments().get(profile));
        }
        assertEquals(List.of(), problems);
    }

    private static void references(Path d, Assessment a) throws Exception {
        JsonNode catalog = JSON.readTree(d.resolve(OscalWriter.CATALOG).toFile()).get("catalog");
        Set<String> statements = new HashSet<>(), controls = new HashSet<>();
        for (JsonNode g : catalog.get("groups")) {
            for (JsonNode c : g.get("controls")) {
                controls.add(c.get("id").asText());
                for (JsonNode p : c.get("parts")) statements.add(p.get("id").asText());
            }
        }
        JsonNode ssp = JSON.readTree(d.resolve(OscalWriter.SSP).toFile()).get("system-security-plan");
        Set<String> components = new HashSet<>();
        for (JsonNode c : ssp.get("system-implementation").get("components")) components.add(c.get("uuid").asText());
        for (JsonNode ir : ssp.get("control-implementation").get("implemented-requirements")) {
            assertTrue(controls.contains(ir.get("control-id").asText()), ir.get("control-id").asText());
            for (JsonNode by : ir.get("by-components")) assertTrue(components.contains(by.get("component-uuid").asText()), "by-component of " + ir);
        }
        JsonNode result = JSON.readTree(d.resolve(OscalWriter.RESULTS).toFile()).get("assessment-results").get("results").get(0);
        int findings = 0;
        for (JsonNode f : result.path("findings")) {
            findings++;
            assertTrue(statements.contains(f.get("target").get("target-id").asText()), f.get("target").toString());
        }
        for (JsonNode o : result.path("observations")) {
            for (JsonNode s : o.get("subjects")) assertTrue(components.contains(s.get("subject-uuid").asText()), o.get("title").asText());
        }
        long expected = a.requirements().stream().filter(r -> r.selected() && r.status() != Verdict.NOT_APPLICABLE).count();
        assertEquals(expected, findings, a.profileId() + ": one finding per selected, applicable requirement and target");
        JsonNode ar = JSON.readTree(d.resolve(OscalWriter.RESULTS).toFile()).get("assessment-results");
        assertTrue(Files.isRegularFile(d.resolve(ar.get("import-ap").get("href").asText())), "the linked assessment plan exists");
        for (RequirementResult r : a.requirements()) assertTrue(controls.contains(OscalIds.control(r.requirementId())), r.requirementId());
    }

    @Test
    void controlIdsAreTokensAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (String id : List.of("SR 1.1", "SR 1.1 RE 1", "CR 2.11 RE 2", "EDR 3.14 RE 1", "CRA-AI-P1-2(a)", "CRA-AI-P1-2(b)", "IR8425-AI-1", "1 odd")) {
            String c = OscalIds.control(id);
            assertTrue(c.matches("^[A-Za-z_][A-Za-z0-9._-]*$"), c);
            assertTrue(seen.add(c), c);
        }
        assertEquals("sr-1.1-re-1", OscalIds.control("SR 1.1 RE 1"));
        assertEquals("cra-ai-p1-2.a", OscalIds.control("CRA-AI-P1-2(a)"));
        assertEquals(OscalIds.uuid("a", "b"), OscalIds.uuid("a", "b"));
        assertTrue(OscalIds.uuid("a", "b").matches("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    }
}
