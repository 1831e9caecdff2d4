package org.threatloom.compliance.profile;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.threatloom.compliance.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

class ContestedCellsAreFlaggedTest {

    private static Set<String> contested(String profile) throws Exception {
        Set<String> out = new TreeSet<>();
        for (Requirement r : Profiles.load(profile).requirements()) {
            if (r.contested()) {
                assertFalse(r.slNote() == null || r.slNote().isBlank(), r.id());
                out.add(r.id());
            }
        }
        return out;
    }

    @Test
    void theSlCellsPublicReproductionsDisagreeOnAreMarkedContestedWithANote() throws Exception {
        assertEquals(new TreeSet<>(List.of("SR 2.11", "SR 3.4", "SR 4.1", "SR 4.1 RE 2", "SR 5.4", "SR 6.2")), contested("iec62443-3-3"));
        assertEquals(Set.of("EDR 3.2"), contested("iec62443-4-2"));
        assertTrue(Profiles.load("iec62443-3-3").find("SR 4.1 RE 2").slNote().contains("SR 4.1"), "the moved note says where it came from");
    }

    @Test
    void everySourceRowWithAnSlNoteIsContestedInTheProfile() throws Exception {
        Path sources = Fixtures.sources();
        assumeTrue(sources != null, "shared/compliance-sources not present in this checkout");
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String[] pair : new String[][] {{"iec62443-3-3", "iec62443-3-3.yaml"}, {"iec62443-4-2", "iec62443-4-2.yaml"}}) {
            Set<String> ours = contested(pair[0]);
            for (JsonNode r : yaml.readTree(sources.resolve(pair[1]).toFile()).get("requirements")) {
                if (r.has("sl_note")) assertTrue(ours.contains(r.get("id").asText()), pair[0] + " " + r.get("id").asText());
            }
        }
    }

    @Test
    void aContestedCellIsCarriedIntoTheAssessmentResults() throws Exception {
        var a = Fixtures.assess(Fixtures.example("smart-factory"), "iec62443-3-3");
        var r = a.target("z-press-cell").result("SR 3.4");
        assertTrue(r.contested());
        assertFalse(a.target("z-press-cell").result("SR 3.1").contested());
    }
}
