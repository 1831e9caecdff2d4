package org.threatloom.compliance.assess;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threatloom.compliance.Fixtures;
import org.threatloom.model.Attestation;
import org.threatloom.model.DataAsset;
import org.threatloom.model.SystemModel;
import org.threatloom.model.ThreatloomFactory;

/** Justified "does not apply", the CRA Art. 13(3)-(4) rule, and attestations as the only evidence of procedures. */
class ApplicabilityAndArticleThirteenTest {
    private static final ThreatloomFactory F = ThreatloomFactory.eINSTANCE;
    private static final String PRODUCT = "p";

    private static SystemModel product() {
        SystemModel m = F.createSystemModel();
        m.setId(PRODUCT);
        m.setName("Tiny product");
        m.setSupportPeriodMonths(60);
        return m;
    }

    private static void attest(SystemModel m, String id, String topic, String statement, String by) {
        Attestation a = F.createAttestation();
        a.setId(id);
        a.setTopic(topic);
        a.setStatement(statement);
        a.setAttestedBy(by);
        a.setDate("2025-06-01");
        m.getAttestations().add(a);
    }

    private static RequirementResult result(Assessment a, String id) {
        return a.target(PRODUCT).result(id);
    }

    private static List<Finding> findings(Assessment a, String code, String requirement) {
        return a.findings().stream().filter(f -> f.code().equals(code) && requirement.equals(f.requirementId())).toList();
    }

    @Test
    void aPointTheModelGivesNothingToApplyToNeedsAStatedJustificationOrItIsAFinding() throws Exception {
        Assessment a = Fixtures.assess(product(), "cra");
        RequirementResult m = result(a, "CRA-AI-P1-2(m)");
        assertEquals(Verdict.NOT_APPLICABLE, m.status());
        assertEquals(Applicability.DOES_NOT_APPLY, m.applicability());
        assertTrue(m.justification().contains("no personal data"), m.justification());
        assertEquals(1, findings(a, "cra-art13-justification-missing", "CRA-AI-P1-2(m)").size());
    }

    @Test
    void aJustifiedDoesNotApplyAttestationSettlesThePointWithoutFinding() throws Exception {
        SystemModel model = product();
        attest(model, "att-na-m", "not-applicable:CRA-AI-P1-2(m)", "The product stores no user data and no settings beyond factory defaults.", "Product owner");
        Assessment a = Fixtures.assess(model, "cra");
        RequirementResult m = result(a, "CRA-AI-P1-2(m)");
        assertEquals(Verdict.NOT_APPLICABLE, m.status());
        assertTrue(m.justification().contains("stores no user data"), m.justification());
        assertTrue(m.evidence().stream().anyMatch(e -> e.id().equals("att-na-m") && e.role() == Evidence.Role.SUPPORTS));
        assertTrue(findings(a, "cra-art13-justification-missing", "CRA-AI-P1-2(m)").isEmpty());
    }

    @Test
    void aDoesNotApplyWithoutStatementIsIgnoredAndReported() throws Exception {
        SystemModel model = product();
        attest(model, "att-na-blank", "not-applicable:CRA-AI-P1-2(m)", " ", "Product owner");
        Assessment a = Fixtures.assess(model, "cra");
        assertEquals(1, findings(a, "not-applicable-without-justification", "CRA-AI-P1-2(m)").size());
        assertEquals(1, findings(a, "cra-art13-justification-missing", "CRA-AI-P1-2(m)").size());
    }

    @Test
    void aDoesNotApplyTheModelContradictsIsNotSatisfiedAndAFinding() throws Exception {
        SystemModel model = product();
        DataAsset d = F.createDataAsset();
        d.setId("d-user");
        d.setName("User profiles");
        d.setPersonalData(true);
        model.getDataAssets().add(d);
        attest(model, "att-na-g", "not-applicable:CRA-AI-P1-2(g)", "We process no personal data.", "Product owner");
        Assessment a = Fixtures.assess(model, "cra");
        RequirementResult g = result(a, "CRA-AI-P1-2(g)");
        assertEquals(Verdict.NOT_SATISFIED, g.status());
        assertTrue(g.justification().contains("d-user"), g.justification());
        assertEquals(1, findings(a, "not-applicable-contradicted", "CRA-AI-P1-2(g)").size());
    }

    @Test
    void aPointThatAppliesWithNoMeansOfFulfilmentIsAFinding() throws Exception {
        Assessment a = Fixtures.assess(product(), "cra");
        assertEquals(Verdict.NOT_SATISFIED, result(a, "CRA-AI-P1-2(i)").status());
        assertEquals(1, findings(a, "cra-art13-no-means", "CRA-AI-P1-2(i)").size());
        long partI = a.requirements().stream().filter(r -> r.requirementId().startsWith("CRA-AI-P1-")).count();
        assertEquals(14, partI, "every Annex I Part I point gets a verdict");
    }

    @Test
    void attestationAssessedRequirementsNeedAnAttestationWithStatementAndAttester() throws Exception {
        SystemModel model = product();
        assertEquals(Verdict.NOT_SATISFIED, result(Fixtures.assess(model, "cra"), "CRA-AI-P2-5").status());
        attest(model, "att-cvd", "vulnerability-disclosure-policy", "Public CVD policy at /security.", "PSIRT lead");
        attest(model, "att-half", "security-advisories", "", "PSIRT lead");
        Assessment a = Fixtures.assess(model, "cra");
        RequirementResult cvd = result(a, "CRA-AI-P2-5");
        assertEquals(Verdict.SATISFIED, cvd.status());
        assertTrue(cvd.justification().contains("att-cvd"), cvd.justification());
        assertEquals(Verdict.NOT_SATISFIED, result(a, "CRA-AI-P2-4").status());
        assertTrue(a.findings().stream().anyMatch(f -> f.code().equals("attestation-incomplete") && f.message().contains("att-half")));
    }

    @Test
    void anAttestationWhoseTopicIsTheRequirementIdCountsForThatRequirement() throws Exception {
        SystemModel model = product();
        attest(model, "att-p26", "CRA-AI-P2-6", "security@example.invalid", "PSIRT lead");
        assertEquals(Verdict.SATISFIED, result(Fixtures.assess(model, "cra"), "CRA-AI-P2-6").status());
    }
}
