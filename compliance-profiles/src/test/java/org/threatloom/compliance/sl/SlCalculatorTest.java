package org.threatloom.compliance.sl;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;

class SlCalculatorTest {
    private static SlInput met(String id, Fr fr, int minSl, Integer strength) {
        return new SlInput(id, fr, minSl, true, strength, null, List.of());
    }

    private static SlInput unmet(String id, Fr fr, int minSl, String... remedies) {
        return new SlInput(id, fr, minSl, false, null, "not-satisfied", List.of(remedies));
    }

    @Test
    void anFrWhoseSelectedRequirementsAreAllMetWithoutCountermeasureCapsReachesLevelFour() {
        List<SlInput> in = List.of(met("SR 5.1", Fr.FR5, 1, null), met("SR 5.1 RE 1", Fr.FR5, 2, null), met("SR 5.1 RE 3", Fr.FR5, 4, null));
        assertEquals(4, SlCalculator.requirementLevel(Fr.FR5, in));
    }

    @Test
    void theLevelStopsBelowTheLowestSecurityLevelOfAnUnmetRequirement() {
        List<SlInput> in = List.of(met("SR 1.1", Fr.FR1, 1, null), met("SR 1.1 RE 1", Fr.FR1, 2, null), unmet("SR 1.1 RE 2", Fr.FR1, 3),
                met("SR 1.1 RE 3", Fr.FR1, 4, null));
        assertEquals(2, SlCalculator.requirementLevel(Fr.FR1, in));
        assertEquals(0, SlCalculator.requirementLevel(Fr.FR1, List.of(unmet("SR 1.1", Fr.FR1, 1))));
    }

    @Test
    void aRequirementMetOnlyByCountermeasuresCountsUpToTheirSlCapability() {
        List<SlInput> in = List.of(met("SR 3.1", Fr.FR3, 1, 2), met("SR 3.2", Fr.FR3, 1, 4));
        assertEquals(2, SlCalculator.requirementLevel(Fr.FR3, in));
    }

    @Test
    void requirementsOfOtherFrsDoNotCount() {
        List<SlInput> in = List.of(unmet("SR 7.1", Fr.FR7, 1), met("SR 4.1", Fr.FR4, 1, null));
        assertEquals(4, SlCalculator.requirementLevel(Fr.FR4, in));
        assertEquals(0, SlCalculator.requirementLevel(Fr.FR7, in));
    }

    @Test
    void aComponentsDeclaredCapabilityCapsTheZone() {
        SlVector target = new SlVector(List.of(2, 2, 2, 2, 2, 2, 2));
        SlCap drive = new SlCap("drive", "Device 'Drive' [drive]", new SlVector(List.of(1, 1, 1, 0, 1, 0, 1)));
        SlResult r = SlCalculator.compute(target, List.of(met("SR 4.1", Fr.FR4, 1, null)), List.of(drive), null);
        assertEquals(List.of(1, 1, 1, 0, 1, 0, 1), r.achieved().levels());
        SlGap fr4 = r.gaps().stream().filter(g -> g.fr() == Fr.FR4).findFirst().orElseThrow();
        assertEquals("drive", fr4.closedBy().get(0).componentId());
        assertTrue(fr4.closedBy().get(0).reason().contains("SL-C FR4 = 0"), fr4.closedBy().get(0).reason());
    }

    @Test
    void theGapListsTheRequirementsSelectedAtTheTargetThatAreNotMetAndWhatWouldCloseThem() {
        SlVector target = new SlVector(List.of(3, 0, 0, 0, 0, 0, 0));
        List<SlInput> in = List.of(met("SR 1.1", Fr.FR1, 1, null), unmet("SR 1.2", Fr.FR1, 2, "cm-mtls"), met("SR 1.5", Fr.FR1, 1, 2),
                unmet("SR 1.1 RE 3", Fr.FR1, 4));
        SlResult r = SlCalculator.compute(target, in, List.of(), null);
        assertEquals(1, r.achieved().get(Fr.FR1));
        assertEquals(1, r.gaps().size());
        SlGap g = r.gaps().get(0);
        assertEquals(List.of("SR 1.2", "SR 1.5"), g.closedBy().stream().map(GapItem::requirementId).toList(), "SR 1.1 RE 3 is selected only at SL 4");
        assertEquals(List.of("cm-mtls"), g.closedBy().get(0).remedies());
        assertTrue(g.closedBy().get(1).reason().contains("SL capability 2 (< 3)"), g.closedBy().get(1).reason());
    }

    @Test
    void noGapWhenTheAchievedLevelMeetsTheTarget() {
        SlVector target = SlVector.uniform(1);
        List<SlInput> in = List.of(met("SR 1.1", Fr.FR1, 1, 1));
        SlResult r = SlCalculator.compute(target, in, List.of(), null);
        assertEquals(1, r.achieved().get(Fr.FR1));
        assertTrue(r.gaps().stream().noneMatch(g -> g.fr() == Fr.FR1));
        assertEquals("1 4 4 4 4 4 4", r.achieved().toString());
    }
}
