package org.threatloom.compliance.assess;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threatloom.compliance.Fixtures;
import org.threatloom.compliance.proof.ProofEvidence;
import org.threatloom.compliance.proof.ProofRecord;
import org.threatloom.compliance.proof.ProofVerdict;

/** Theorem-backed requirements cite proof records, and a counterexample counts only where it passes. */
class ProofsInTheAssessmentTest {

    private static RequirementResult sr51(Assessment a, String zone) {
        return a.target(zone).result("SR 5.1");
    }

    @Test
    void withoutProofRecordsATheoremIsReportedAsNotRun() throws Exception {
        Assessment a = Fixtures.assess(Fixtures.example("smart-factory"), "iec62443-3-3");
        RequirementResult r = sr51(a, "z-edge");
        assertTrue(r.evidence().stream().anyMatch(e -> e.type() == Evidence.Type.PROOF && e.id().equals("attack-paths") && e.role() == Evidence.Role.MISSING));
    }

    @Test
    void aProofRecordIsCitedAndACounterexampleContradictsOnlyTheScopesItPassesThrough() throws Exception {
        ProofEvidence proofs = ProofEvidence.of("test", List.of(
                new ProofRecord("attack-paths", ProofVerdict.COUNTEREXAMPLE, "attack-paths#42", List.of("atk-vendor", "jump-host", "scada"), "path found"),
                new ProofRecord("key-custody", ProofVerdict.PROVED, "key-custody#7", List.of(), "proved in 12 ms")));
        Assessment a = Fixtures.assess(Fixtures.example("smart-factory"), "iec62443-3-3", new AssessOptions(null, proofs));
        RequirementResult dmz = sr51(a, "z-ot-dmz");
        assertTrue(dmz.evidence().stream().anyMatch(e -> e.id().equals("attack-paths#42") && e.role() == Evidence.Role.CONTRADICTS), dmz.evidence().toString());
        assertNotEquals(Verdict.SATISFIED, dmz.implementation());
        RequirementResult keys = sr51(a, "z-keyvault");
        assertTrue(keys.evidence().stream().anyMatch(e -> e.id().equals("attack-paths#42") && e.role() == Evidence.Role.CONTEXT));
        RequirementResult custody = a.target("z-keyvault").result("SR 4.3");
        assertTrue(custody.evidence().stream().anyMatch(e -> e.id().equals("key-custody#7") && e.role() == Evidence.Role.SUPPORTS));
        assertEquals("test", a.proofs());
    }

    @Test
    void aUniformTargetLevelReplacesTheModelsSlT() throws Exception {
        Assessment a = Fixtures.assess(Fixtures.example("smart-factory"), "iec62443-3-3", new AssessOptions(1, ProofEvidence.none()));
        assertEquals("1 1 1 1 1 1 1", a.target("z-keyvault").sl().target().toString());
        assertFalse(a.target("z-keyvault").result("SR 1.1 RE 1").selected());
        assertEquals(Integer.valueOf(1), a.slOverride());
    }
}
