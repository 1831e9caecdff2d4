package org.threatloom.compliance.assess;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threatloom.compliance.Fixtures;
import org.threatloom.compliance.sl.Fr;

/** The assessment finds the examples' documented gaps (examples/README.md) where they are, and credits what is there. */
class ExampleAssessmentsTest {
    static Assessment factory33, iotCra, iot42, iot8425, bank33, bankCra;

    @BeforeAll
    static void assess() throws Exception {
        factory33 = Fixtures.assess(Fixtures.example("smart-factory"), "iec62443-3-3");
        iotCra = Fixtures.assess(Fixtures.example("iot-device-supply-chain"), "cra");
        iot42 = Fixtures.assess(Fixtures.example("iot-device-supply-chain"), "iec62443-4-2");
        iot8425 = Fixtures.assess(Fixtures.example("iot-device-supply-chain"), "nistir8425");
        bank33 = Fixtures.assess(Fixtures.example("hybrid-cloud-keys"), "iec62443-3-3");
        bankCra = Fixtures.assess(Fixtures.example("hybrid-cloud-keys"), "cra");
    }

    private static RequirementResult result(Assessment a, String target, String requirement) {
        TargetResult t = a.target(target);
        assertNotNull(t, "no target " + target);
        RequirementResult r = t.result(requirement);
        assertNotNull(r, "no result for " + requirement + " on " + target);
        return r;
    }

    private static List<String> contradicting(RequirementResult r) {
        return r.evidence().stream().filter(e -> e.role() == Evidence.Role.CONTRADICTS).map(Evidence::id).toList();
    }

    private static List<String> supporting(RequirementResult r) {
        return r.evidence().stream().filter(e -> e.role() == Evidence.Role.SUPPORTS).map(Evidence::id).toList();
    }

    @Test
    void theUnsignedLegacyDriveFirmwareMakesSoftwareIntegrityOfThePressCellOnlyPartial() {
        RequirementResult r = result(factory33, "z-press-cell", "SR 3.4");
        assertEquals(Verdict.PARTIALLY, r.status());
        assertTrue(supporting(r).contains("cm-plc-signed-fw"), r.evidence().toString());
        assertTrue(contradicting(r).contains("drive-fw"), r.justification());
        assertTrue(r.remedies().contains("cm-drive-signed-fw"), "the planned signed drive firmware closes it");
    }

    @Test
    void theShadowUploadWithoutConduitBreaksNetworkSegmentationOfTheEdgeZone() {
        RequirementResult r = result(factory33, "z-edge", "SR 5.1");
        assertEquals(Verdict.PARTIALLY, r.status());
        assertTrue(contradicting(r).contains("f-gw-raw-upload"), r.justification());
        assertTrue(supporting(r).contains("cm-segmentation"));
    }

    @Test
    void theHmiAcceptingRemovableMediaIsAPortableDeviceUseControlGap() {
        RequirementResult r = result(factory33, "z-ot-ops", "SR 2.3");
        assertNotEquals(Verdict.SATISFIED, r.status());
        assertTrue(contradicting(r).contains("hmi-press4"), r.justification());
    }

    @Test
    void vendorRemoteAccessThroughTheDmzIsSatisfiedByMfaAndTheDataDiodeProtectsTheBoundary() {
        RequirementResult access = result(factory33, "z-ot-dmz", "SR 1.13");
        assertEquals(Verdict.SATISFIED, access.status(), access.justification());
        assertTrue(supporting(access).contains("cm-remote-mfa"));
        assertEquals(Verdict.SATISFIED, result(factory33, "z-ot-dmz", "SR 5.2").status());
    }

    @Test
    void theFleetWideNeverRotatedPreSharedKeyIsAnAuthenticatorManagementGapOfTheWirelessZone() {
        RequirementResult r = result(factory33, "z-cell-wireless", "SR 1.5");
        assertNotEquals(Verdict.SATISFIED, r.status());
        assertTrue(contradicting(r).contains("k-vib1-psk"), r.justification());
    }

    @Test
    void wirelessRequirementsDoNotApplyToAZoneWithoutWirelessLinksAndSayWhy() {
        RequirementResult r = result(factory33, "z-press-cell", "SR 1.6");
        assertEquals(Verdict.NOT_APPLICABLE, r.status());
        assertEquals(Applicability.DOES_NOT_APPLY, r.applicability());
        assertTrue(r.justification().contains("no wireless access point"), r.justification());
    }

    @Test
    void procedureRequirementsAreSatisfiedOnlyByAttestationsNeverGuessed() {
        RequirementResult notice = result(factory33, "z-ot-ops", "SR 1.12");
        assertEquals(Verdict.SATISFIED, notice.status());
        assertEquals(List.of("att-logon-notice"), supporting(notice));
        RequirementResult known = result(iotCra, "iot-device-supply-chain", "CRA-AI-P1-2(a)");
        assertEquals(Verdict.NOT_SATISFIED, known.status());
        assertTrue(known.justification().startsWith("Required attestation (topic 'known-vulnerabilities'"), known.justification());
    }

    @Test
    void requirementsAboveTheZonesTargetLevelAreNotSelectedButStillEvaluatedForSlA() {
        RequirementResult r = result(factory33, "z-vendor-remote", "SR 1.2 RE 1");
        assertFalse(r.selected());
        assertEquals(Verdict.NOT_APPLICABLE, r.status());
        assertEquals(Applicability.NOT_SELECTED, r.applicability());
        assertNotEquals(Verdict.NOT_APPLICABLE, r.implementation());
        assertTrue(r.justification().startsWith("Not selected at SL-T 1 for FR1 (selected from SL 3)"), r.justification());
    }

    @Test
    void everyZoneAndConduitHasItsTargetVectorAndAComputedAchievedVectorWithGapsThatNameRequirements() {
        assertEquals(20, factory33.targets().size());
        TargetResult cell = factory33.target("z-press-cell");
        assertEquals("2 2 3 2 3 2 3", cell.sl().target().toString());
        assertFalse(cell.sl().gaps().isEmpty());
        for (var g : cell.sl().gaps()) {
            assertTrue(g.achieved() < g.target());
            assertFalse(g.closedBy().isEmpty(), g.fr().name());
        }
        TargetResult keys = factory33.target("z-keyvault");
        assertEquals(4, keys.sl().achieved().get(Fr.FR4), "HSM, HYOK and encrypted key flows give FR4 its full level");
        assertTrue(factory33.target("c-ops-enterprise").sl().achieved().get(Fr.FR5) >= 4, "the data diode conduit reaches SL 4 for FR5");
    }

    @Test
    void theOpenJtagPortOfTheWallboxIsAnAttackSurfaceFindingUnderTheCraAndIec62443Part4() {
        RequirementResult j = result(iotCra, "iot-device-supply-chain", "CRA-AI-P1-2(j)");
        assertEquals(Verdict.NOT_SATISFIED, j.status());
        assertTrue(contradicting(j).contains("evc-jtag"));
        assertTrue(j.remedies().contains("cm-jtag-fuse"));
        RequirementResult debug = result(iot42, "evc", "EDR 2.13");
        assertEquals(Verdict.NOT_SATISFIED, debug.status());
        assertTrue(contradicting(debug).contains("evc-jtag"));
        assertEquals("EDR", iot42.target("evc").componentType());
    }

    @Test
    void theUnsignedPowerBoardFirmwareKeepsSecureUpdatesPartialUnderEveryProfile() {
        assertEquals(Verdict.PARTIALLY, result(iotCra, "iot-device-supply-chain", "CRA-AI-P2-7").status());
        assertTrue(contradicting(result(iot42, "evc", "EDR 3.10 RE 1")).contains("evc-pwr-fw"));
        RequirementResult su = result(iot8425, "iot-device-supply-chain", "IR8425-SU-1");
        assertEquals(Verdict.PARTIALLY, su.status());
        assertTrue(contradicting(su).contains("evc-pwr-fw"));
    }

    @Test
    void keyInjectionOverUnauthenticatedJtagFailsOnboardingAccessControl() {
        RequirementResult r = result(iot8425, "iot-device-supply-chain", "IR8425-IAC-2(c)");
        assertNotEquals(Verdict.SATISFIED, r.status());
        assertTrue(contradicting(r).contains("f-eol-provision"), r.justification());
    }

    @Test
    void attestedProcessesAndTheSupportPeriodSatisfyTheirCraObligations() {
        assertEquals(Verdict.SATISFIED, result(iotCra, "iot-device-supply-chain", "CRA-AI-P2-5").status());
        assertEquals(Verdict.SATISFIED, result(iotCra, "iot-device-supply-chain", "CRA-AI-P2-6").status());
        RequirementResult support = result(iotCra, "iot-device-supply-chain", "CRA-ART13-8");
        assertEquals(Verdict.SATISFIED, support.status());
        assertTrue(supporting(support).contains("att-support"));
    }

    @Test
    void aComponentClaimingMoreThanItsEvidenceSupportsIsAFinding() {
        assertTrue(iot42.findings().stream().anyMatch(f -> f.code().equals("sl-claim-unsupported") && f.targetId().equals("evc")));
        assertNotNull(iot42.target("evc").sl().claimed());
    }

    @Test
    void irCapabilitiesAreTheCombinationOfTheirSubOutcomes() {
        RequirementResult su = result(iot8425, "iot-device-supply-chain", "IR8425-SU");
        assertEquals(List.of("IR8425-SU-1", "IR8425-SU-2"), su.evidence().stream().map(Evidence::id).toList());
        assertEquals(Verdict.PARTIALLY, su.status());
        assertEquals(Verdict.SATISFIED, result(iot8425, "iot-device-supply-chain", "IR8425-DOC-1(a)(iv)").status(),
                "the model's data assets document the data the product handles");
    }

    @Test
    void clientDataSentToTheSaasCrmUnderTheProvidersKeyIsAConfidentialityShortfall() {
        RequirementResult crm = result(bank33, "z-crm", "SR 4.1");
        assertEquals(Verdict.PARTIALLY, crm.status());
        assertTrue(contradicting(crm).contains("TL-DATA-FLOW-PUBLIC-CLOUD-PROVIDER-KEY@f-crm-store"), crm.justification());
        RequirementResult e = result(bankCra, "hybrid-cloud-keys", "CRA-AI-P1-2(e)");
        assertEquals(Verdict.PARTIALLY, e.status());
        assertTrue(e.remedies().contains("cm-crm-hyok"), "the proposed CRM HYOK option would close it");
    }

    @Test
    void theAssessmentIsDeterministic() throws Exception {
        Assessment again = Fixtures.assess(Fixtures.example("smart-factory"), "iec62443-3-3");
        assertEquals(factory33, again);
    }
}
