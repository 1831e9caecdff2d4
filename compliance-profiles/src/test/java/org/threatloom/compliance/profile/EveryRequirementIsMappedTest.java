package org.threatloom.compliance.profile;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;

class EveryRequirementIsMappedTest {

    @Test
    void everyAssessedRequirementHasAMappingWithASourceOrIsExplicitlyAssessedByAttestation() throws Exception {
        for (Profile p : Profiles.loadAll().values()) {
            for (Requirement r : p.assessed()) {
                Mapping m = r.mapping();
                assertFalse(m.sources().isEmpty(), p.id() + " " + r.id() + " has no mapping source");
                switch (m.assessedBy()) {
                    case MODEL -> assertTrue(!m.kinds().isEmpty() || !m.checks().isEmpty() || !m.theorems().isEmpty() || !m.topics().isEmpty()
                            || m.threats() == ThreatLink.ALL, p.id() + " " + r.id());
                    case ATTESTATION -> assertFalse(m.topics().isEmpty(), p.id() + " " + r.id() + " assessed by attestation without topic");
                    case SUB_REQUIREMENTS -> assertFalse(p.children(r.id()).isEmpty(), p.id() + " " + r.id());
                    default -> fail(p.id() + " " + r.id() + " is assessed but " + m.assessedBy());
                }
            }
        }
    }

    @Test
    void dispatchRowsPointAtTheComponentTypeRequirementsThatStateThem() throws Exception {
        Profile p = Profiles.load("iec62443-4-2");
        Requirement r = p.find("CR 3.14");
        assertEquals(AssessedBy.PER_COMPONENT_TYPE, r.mapping().assessedBy());
        assertEquals(List.of("EDR 3.14", "HDR 3.14", "NDR 3.14"), r.dispatchTo());
        assertFalse(r.assessed());
        assertEquals(AssessedBy.NONE, p.find("CR 7.5").mapping().assessedBy());
    }

    @Test
    void catalogMappingSourcesAreCitedWhereAttackForIcsAndEmb3dCarryTheRequirementsId() throws Exception {
        assertTrue(Profiles.load("iec62443-3-3").find("SR 1.1").mapping().sources().contains("attack-ics:M0804"));
        assertTrue(Profiles.load("iec62443-3-3").find("SR 5.1").mapping().sources().contains("attack-ics:M0930"));
        List<String> edr314 = Profiles.load("iec62443-4-2").find("EDR 3.14").mapping().sources();
        assertTrue(edr314.containsAll(List.of("attack-ics:M0946", "emb3d:MID-001", "emb3d:MID-002")), edr314.toString());
    }

    @Test
    void crosswalkIdsOfCraAndIr8425PointsAreRequirementsOfTheIec62443Part4Profile() throws Exception {
        Profile p42 = Profiles.load("iec62443-4-2");
        for (String name : List.of("cra", "nistir8425", "iec62443-3-3")) {
            for (Requirement r : Profiles.load(name).requirements()) {
                for (String via : r.mapping().via()) assertNotNull(p42.find(via), name + " " + r.id() + " via " + via);
            }
        }
    }

    @Test
    void iec62443ProfilesHoldIdsShortTitlesAndLevelsButNoRequirementText() throws Exception {
        for (String name : List.of("iec62443-3-3", "iec62443-4-2")) {
            Profile p = Profiles.load(name);
            assertTrue(p.copyright().contains("NOT reproduced"), p.copyright());
            for (Requirement r : p.requirements()) {
                assertNull(r.paraphrase(), r.id());
                assertTrue(r.title().length() <= 100 && !r.title().contains("shall"), r.id() + ": " + r.title());
            }
        }
    }

    @Test
    void everyProfileNamesItsSourceAndVersion() throws Exception {
        for (Profile p : Profiles.loadAll().values()) {
            assertTrue(p.source().get("index").startsWith("shared/compliance-sources/"), p.id());
            assertFalse(p.version().isBlank(), p.id());
            assertEquals(64, p.sha256().length(), p.id());
        }
    }
}
