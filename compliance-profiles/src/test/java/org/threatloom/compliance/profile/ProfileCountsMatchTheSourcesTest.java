package org.threatloom.compliance.profile;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.threatloom.compliance.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

class ProfileCountsMatchTheSourcesTest {

    private static long count(Profile p, String type) {
        return p.requirements().stream().filter(r -> r.type().equals(type)).count();
    }

    private static List<Integer> selectedPerLevel(List<Requirement> reqs) {
        List<Integer> out = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            int level = n;
            out.add((int) reqs.stream().filter(r -> !r.sl().isEmpty() && r.minSl() <= level).count());
        }
        return out;
    }

    @Test
    void iec62443Part3Has51SystemRequirementsAnd49EnhancementsSelectedAsInAnnexB() throws Exception {
        Profile p = Profiles.load("iec62443-3-3");
        assertEquals(51, count(p, "SR"));
        assertEquals(49, count(p, "RE"));
        assertEquals(100, p.requirements().size());
        assertEquals(List.of(37, 60, 91, 100), selectedPerLevel(p.requirements()));
        assertEquals("IEC 62443-3-3:2013 + COR1:2014 (Ed.1.0 2013-08)", p.version());
    }

    @Test
    void iec62443Part4Has43CommonAnd30TypeSpecificRequirementsWith49Enhancements() throws Exception {
        Profile p = Profiles.load("iec62443-4-2");
        assertEquals(43, count(p, "CR"));
        assertEquals(2, count(p, "SAR"));
        assertEquals(8, count(p, "EDR"));
        assertEquals(8, count(p, "HDR"));
        assertEquals(12, count(p, "NDR"));
        assertEquals(49, count(p, "RE"));
        assertEquals(12, count(p, "CR-dispatch"));
        assertEquals(3, count(p, "CR-placeholder"));
        assertEquals(4, count(p, "CCSC"));
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("SAR", List.of(34, 53, 67, 73));
        expected.put("EDR", List.of(36, 61, 77, 83));
        expected.put("HDR", List.of(36, 62, 78, 84));
        expected.put("NDR", List.of(40, 67, 86, 92));
        List<String> counted = List.of("CR", "SAR", "EDR", "HDR", "NDR", "RE");
        for (var e : expected.entrySet()) {
            List<Requirement> forType = p.requirements().stream()
                    .filter(r -> counted.contains(r.type()) && r.componentTypes().contains(e.getKey())).toList();
            assertEquals(e.getValue(), selectedPerLevel(forType), e.getKey());
        }
    }

    @Test
    void craHasAnnexIPartIPointOneAndTwoAToMAndPartIIPointsOneToEight() throws Exception {
        Profile p = Profiles.load("cra");
        List<String> partI = p.requirements().stream().filter(r -> "Annex I Part I".equals(r.group())).map(Requirement::citation).toList();
        List<String> expectedI = new ArrayList<>(List.of("Annex I Part I (1)"));
        for (char c = 'a'; c <= 'm'; c++) expectedI.add("Annex I Part I (2)(" + c + ")");
        assertEquals(expectedI, partI);
        List<String> partII = p.requirements().stream().filter(r -> "Annex I Part II".equals(r.group())).map(Requirement::citation).toList();
        List<String> expectedII = new ArrayList<>();
        for (int i = 1; i <= 8; i++) expectedII.add("Annex I Part II (" + i + ")");
        assertEquals(expectedII, partII);
        assertTrue(p.requirements().stream().allMatch(r -> r.paraphrase() != null && !r.paraphrase().isBlank()), "CRA points carry paraphrases");
    }

    @Test
    void nistIr8425HasSixDeviceAndFourNonTechnicalCapabilitiesWith47SubOutcomes() throws Exception {
        Profile p = Profiles.load("nistir8425");
        List<Requirement> caps = p.requirements().stream().filter(r -> r.type().equals("capability")).toList();
        assertEquals(6, caps.stream().filter(r -> r.group().equals("device")).count());
        assertEquals(4, caps.stream().filter(r -> r.group().equals("non-technical")).count());
        assertEquals(47, count(p, "sub-outcome"));
        for (Requirement c : caps) {
            assertEquals(AssessedBy.SUB_REQUIREMENTS, c.mapping().assessedBy(), c.id());
            assertFalse(p.children(c.id()).isEmpty(), c.id());
        }
        assertEquals("IR8425-DOC-1(a)", p.find("IR8425-DOC-1(a)(iv)").parent());
        assertEquals("IR8425-IAC-1", p.find("IR8425-IAC-1(b)").parent());
    }

    @Test
    void idsTitlesAndSecurityLevelVectorsAreThoseOfTheSharedSourceFiles() throws Exception {
        Path sources = Fixtures.sources();
        assumeTrue(sources != null, "shared/compliance-sources not present in this checkout");
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String[] pair : new String[][] {{"iec62443-3-3", "iec62443-3-3.yaml"}, {"iec62443-4-2", "iec62443-4-2.yaml"}}) {
            Profile p = Profiles.load(pair[0]);
            JsonNode src = yaml.readTree(sources.resolve(pair[1]).toFile());
            int n = 0;
            for (JsonNode r : src.get("requirements")) {
                Requirement ours = p.find(r.get("id").asText());
                assertNotNull(ours, pair[0] + " lacks " + r.get("id").asText());
                assertEquals(r.get("title").asText(), ours.title(), ours.id());
                List<Integer> sl = new ArrayList<>();
                r.get("sl").forEach(x -> sl.add(x.asInt()));
                assertEquals(sl, ours.sl(), ours.id());
                n++;
            }
            long extra = p.requirements().stream().filter(r -> !r.type().equals("CCSC")).count();
            assertEquals(n, extra, pair[0] + ": no requirement beyond the source (except CCSC)");
        }
        JsonNode cra = yaml.readTree(sources.resolve("eu-cra-2024-2847.yaml").toFile());
        Profile c = Profiles.load("cra");
        for (JsonNode r : cra.get("requirements")) assertEquals(r.get("citation").asText(), c.find(r.get("id").asText()).citation());
        JsonNode nist = yaml.readTree(sources.resolve("nist-ir-8425.yaml").toFile());
        Profile ir = Profiles.load("nistir8425");
        for (JsonNode cap : nist.get("capabilities")) {
            assertEquals(cap.get("title").asText(), ir.find(cap.get("id").asText()).title());
            for (JsonNode so : cap.get("sub_outcomes")) {
                assertEquals(so.get("paraphrase").asText().trim(), ir.find(so.get("id").asText()).paraphrase());
            }
        }
    }
}
