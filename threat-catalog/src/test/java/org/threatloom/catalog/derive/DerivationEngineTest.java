package org.threatloom.catalog.derive;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threatloom.catalog.rules.RuleSet;
import org.threatloom.catalog.rules.TestRules;
import org.threatloom.model.*;

class DerivationEngineTest {
    static final ThreatloomFactory F = ThreatloomFactory.eINSTANCE;
    static final RuleSet RULES = TestRules.of(
            TestRules.rule("TL-T-DEFAULT", "Device", "defaultCredentials", "UNIQUE_CREDENTIALS"),
            TestRules.rule("TL-T-NOBOOT", "Device", "not secureBoot", "SECURE_BOOT"));

    static SystemModel model() {
        SystemModel m = F.createSystemModel();
        m.setId("m");
        for (String id : List.of("d1", "d2", "d3")) {
            Device d = F.createDevice();
            d.setId(id);
            d.setDefaultCredentials(true);
            m.getComponents().add(d);
        }
        return m;
    }

    @Test
    void threatIdsAreRuleAtElementAndTheOrderIsDeterministic() {
        Analysis a = new DerivationEngine(RULES).derive(model());
        assertEquals(6, a.threats().size());
        assertEquals(List.of("TL-T-DEFAULT@d1", "TL-T-DEFAULT@d2", "TL-T-DEFAULT@d3", "TL-T-NOBOOT@d1", "TL-T-NOBOOT@d2", "TL-T-NOBOOT@d3"),
                a.threats().stream().map(ThreatFinding::id).toList());
        assertEquals(a.threats().stream().map(ThreatFinding::id).toList(),
                new DerivationEngine(RULES).derive(model()).threats().stream().map(ThreatFinding::id).toList());
        assertEquals(6, a.checks());
    }

    @Test
    void anImplementedCountermeasureOfAMitigatingKindMitigatesAndIsNamed() {
        SystemModel m = model();
        Countermeasure c = F.createCountermeasure();
        c.setId("cm-boot");
        c.setKind(CountermeasureKind.SECURE_BOOT);
        c.setStatus(CountermeasureStatus.IMPLEMENTED);
        c.getProtects().add(m.getComponents().get(0));
        m.getCountermeasures().add(c);
        Analysis a = new DerivationEngine(RULES).derive(m);
        ThreatFinding t = a.find("TL-T-NOBOOT@d1");
        assertEquals(ThreatStatus.MITIGATED, t.status());
        assertEquals(List.of(c), t.mitigatedBy());
        assertEquals(ThreatStatus.OPEN, a.find("TL-T-DEFAULT@d1").status(), "secure boot does not mitigate default credentials");
        c.setStatus(CountermeasureStatus.PROPOSED);
        assertEquals(ThreatStatus.OPEN, new DerivationEngine(RULES).derive(m).find("TL-T-NOBOOT@d1").status(), "proposed is not in force");
    }

    @Test
    void aCountermeasureOnTheEnclosingDeviceCoversItsParts() {
        SystemModel m = F.createSystemModel();
        m.setId("m");
        Device d = F.createDevice();
        d.setId("dev");
        Gateway inner = F.createGateway();
        inner.setId("inner");
        d.getParts().add(inner);
        m.getComponents().add(d);
        Countermeasure c = F.createCountermeasure();
        c.setId("cm");
        c.setKind(CountermeasureKind.SECURE_BOOT);
        c.setStatus(CountermeasureStatus.VERIFIED);
        c.getProtects().add(d);
        m.getCountermeasures().add(c);
        assertEquals(ThreatStatus.MITIGATED, new DerivationEngine(RULES).derive(m).find("TL-T-NOBOOT@inner").status());
    }

    @Test
    void aReviewDecisionKeepsItsThreatDecidedAcrossRederivationAndCanBeSuperseded() {
        SystemModel m = model();
        ReviewDecision accept = F.createReviewDecision();
        accept.setId("dec-1");
        accept.setThreatId("TL-T-DEFAULT@d2");
        accept.setDecision(DecisionKind.ACCEPT);
        accept.setRationale("lab device, never shipped");
        m.getDecisions().add(accept);
        ThreatFinding t = new DerivationEngine(RULES).derive(m).find("TL-T-DEFAULT@d2");
        assertEquals(ThreatStatus.ACCEPTED, t.status());
        assertEquals("lab device, never shipped", t.justification());
        assertEquals("dec-1", t.decidedBy());
        // an unrelated edit does not change the decision
        m.getComponents().get(0).setName("renamed");
        assertEquals(ThreatStatus.ACCEPTED, new DerivationEngine(RULES).derive(m).find("TL-T-DEFAULT@d2").status());
        ReviewDecision reopen = F.createReviewDecision();
        reopen.setId("dec-2");
        reopen.setThreatId("TL-T-DEFAULT@d2");
        reopen.setDecision(DecisionKind.REOPEN);
        reopen.setSupersedes(accept);
        m.getDecisions().add(reopen);
        assertEquals(ThreatStatus.OPEN, new DerivationEngine(RULES).derive(m).find("TL-T-DEFAULT@d2").status());
    }

    @Test
    void riskFollowsTheMatrixAndInternetExposureRaisesLikelihood() {
        SystemModel m = model();
        ((Device) m.getComponents().get(0)).setInternetFacing(true);
        Analysis a = new DerivationEngine(RULES).derive(m);
        assertEquals(Level.MEDIUM, a.find("TL-T-DEFAULT@d2").likelihood());
        assertEquals(Level.MEDIUM, a.find("TL-T-DEFAULT@d2").risk());
        assertEquals(Level.HIGH, a.find("TL-T-DEFAULT@d1").likelihood());
        assertEquals(Level.HIGH, a.find("TL-T-DEFAULT@d1").risk());
        assertEquals("TL-T-DEFAULT@d1", a.threats().get(0).id(), "highest risk first");
    }

    @Test
    void aModelCanConfigureItsRiskMatrix() {
        SystemModel m = model();
        Property p = F.createProperty();
        p.setKey("risk.matrix");
        p.setValue("CCCC/CCCC/CCCC/CCCC");
        m.getProperties().add(p);
        assertEquals(Level.CRITICAL, new DerivationEngine(RULES).derive(m).find("TL-T-DEFAULT@d1").risk());
    }

    @Test
    void hardwareRulesRateAttackFeasibilityFromPhysicalAccess() {
        String yaml = TestRules.rule("TL-T-PHYS", "Device", "true") + "feasibility: {elapsedTime: ONE_WEEK, expertise: PROFICIENT, "
                + "knowledge: PUBLIC, window: FROM_PHYSICAL_ACCESS, equipment: SPECIALIZED}\n";
        RuleSet rules = TestRules.of(yaml);
        SystemModel m = model();
        ((Device) m.getComponents().get(0)).setPhysicalAccess(PhysicalAccess.PUBLIC);
        ((Device) m.getComponents().get(1)).setPhysicalAccess(PhysicalAccess.NONE);
        Analysis a = new DerivationEngine(rules).derive(m);
        ThreatFinding open = a.find("TL-T-PHYS@d1"), locked = a.find("TL-T-PHYS@d2");
        assertEquals(8, open.potential());
        assertEquals(org.threatloom.catalog.risk.AttackFeasibility.Rating.HIGH, open.feasibility());
        assertEquals(Level.HIGH, open.likelihood());
        assertEquals(18, locked.potential());
        assertEquals(org.threatloom.catalog.risk.AttackFeasibility.Rating.MEDIUM, locked.feasibility());
    }

    @Test
    void aGenericEmb3dFindingIsFoldedIntoASpecificRuleCitingTheSameThreatOnTheSameElement() {
        String specific = TestRules.rule("TL-T-SPECIFIC", "Device", "defaultCredentials").replace("[CAPEC-70]", "[CAPEC-70, TID-201]");
        String generic = TestRules.rule("EMB3D-TID-201", "Device", "true").replace("domain: iot", "domain: emb3d");
        Analysis a = new DerivationEngine(TestRules.of(specific, generic)).derive(model());
        assertNotNull(a.find("TL-T-SPECIFIC@d1"));
        assertNull(a.find("EMB3D-TID-201@d1"), "the generic EMB3D finding is folded into the specific one");
        SystemModel m = model();
        ((Device) m.getComponents().get(0)).setDefaultCredentials(false);
        assertNotNull(new DerivationEngine(TestRules.of(specific, generic)).derive(m).find("EMB3D-TID-201@d1"),
                "without the specific finding the generic one stays");
    }

    @Test
    void recordedThreatsNoRuleDerivesAreReportedWithTheirOwnStatus() {
        SystemModel m = model();
        Threat t = F.createThreat();
        t.setId("TD-42");
        t.setName("Imported: spoofed sensor");
        t.setOrigin(ThreatOrigin.IMPORTED);
        t.setStatus(ThreatStatus.TRANSFERRED);
        t.setTarget(m.getComponents().get(0));
        m.getThreats().add(t);
        ThreatFinding f = new DerivationEngine(RULES).derive(m).find("TD-42");
        assertEquals(ThreatOrigin.IMPORTED, f.origin());
        assertEquals(ThreatStatus.TRANSFERRED, f.status());
    }
}
