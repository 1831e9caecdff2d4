package org.threatloom.formal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threatloom.formal.Fixtures.mentions;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threatloom.formal.check.Checker;
import org.threatloom.formal.result.CheckReport;
import org.threatloom.formal.result.TheoremResult;
import org.threatloom.formal.result.Verdict;
import org.threatloom.formal.theorems.Theorem;

/**
 * Each theorem holds on a model and fails on another, and the counterexample names the elements of the gap the
 * example README describes. The holding models: all-theorems-hold for every theorem, plus the theorems the README
 * states for hybrid-cloud-keys and iot-device-supply-chain.
 */
class TheoremsHoldAndFailTest {
    static Checker checker;
    static CheckReport allHold, hybrid, iot, factory;

    @BeforeAll
    static void checkTheExamples() {
        checker = Fixtures.checker();
        allHold = Fixtures.check(checker, Fixtures.load(Fixtures.ALL_HOLD));
        hybrid = Fixtures.check(checker, Fixtures.load(Fixtures.HYBRID));
        iot = Fixtures.check(checker, Fixtures.load(Fixtures.IOT));
        factory = Fixtures.check(checker, Fixtures.load(Fixtures.FACTORY));
    }

    @AfterAll
    static void close() {
        checker.close();
    }

    private static TheoremResult r(CheckReport report, Theorem t) {
        return report.get(t);
    }

    @Test
    void everyTheoremHoldsOnTheAllTheoremsHoldExample() {
        for (TheoremResult t : allHold.theorems()) assertEquals(Verdict.PROVED, t.verdict(), t.theorem() + ": " + t.counterexamples());
        assertTrue(allHold.allProved());
    }

    @Test
    void theExamplesProveExactlyTheTheoremsTheirReadmeStates() {
        assertEquals("attack-paths supply-chain k-compromise", proved(hybrid));
        assertEquals("key-custody data-flow", proved(iot));
        assertEquals("", proved(factory));
    }

    private static String proved(CheckReport r) {
        StringBuilder sb = new StringBuilder();
        for (TheoremResult t : r.theorems()) if (t.verdict() == Verdict.PROVED) sb.append(sb.length() == 0 ? "" : " ").append(t.theorem().cliName());
        return sb.toString();
    }

    @Test
    void coverageFailsOnTheUnfusedJtagPadsWithTheUnmitigatedThreat() {
        TheoremResult t = r(iot, Theorem.COVERAGE);
        assertEquals(Verdict.COUNTEREXAMPLE, t.verdict());
        assertTrue(mentions(t, "TL-HW-DEBUG-OPEN-CODE-INJECTION@evc-jtag"), Fixtures.named(t).toString());
        assertTrue(mentions(t, "evc-jtag"));
    }

    @Test
    void attackPathsFailOnTheChargerThatAnAttackerEntersAndHoldOnTheBank() {
        TheoremResult t = r(iot, Theorem.ATTACK_PATHS);
        assertEquals(Verdict.COUNTEREXAMPLE, t.verdict());
        assertTrue(mentions(t, "evc"), Fixtures.named(t).toString());
        assertEquals(Verdict.PROVED, r(hybrid, Theorem.ATTACK_PATHS).verdict());
    }

    @Test
    void keyCustodyFailsOnClientDataInTheCrmUnderTheProvidersKey() {
        TheoremResult t = r(hybrid, Theorem.KEY_CUSTODY);
        assertEquals(Verdict.COUNTEREXAMPLE, t.verdict());
        assertTrue(mentions(t, "d-client-contact") && mentions(t, "crm-db") && mentions(t, "k-crm-provider"), Fixtures.named(t).toString());
        assertEquals(Verdict.PROVED, r(iot, Theorem.KEY_CUSTODY).verdict());
    }

    @Test
    void routeCharacteristicsFailOnTheSharedForeignUnmonitoredBackupPath() {
        TheoremResult t = r(hybrid, Theorem.ROUTE_CHARACTERISTICS);
        assertEquals(Verdict.COUNTEREXAMPLE, t.verdict());
        assertTrue(mentions(t, "f-kms-ekm") && mentions(t, "np-backup"), Fixtures.named(t).toString());
        assertTrue(Fixtures.named(t).stream().anyMatch(s -> s.contains("outside the allowed")));
        assertTrue(Fixtures.named(t).stream().anyMatch(s -> s.contains("independent")));
        assertTrue(mentions(r(iot, Theorem.ROUTE_CHARACTERISTICS), "f-eol-provision"));
    }

    @Test
    void supplyChainFailsOnTheBrokerSourcedMeteringChipAndHoldsWithoutHardware() {
        TheoremResult t = r(iot, Theorem.SUPPLY_CHAIN);
        assertEquals(Verdict.COUNTEREXAMPLE, t.verdict());
        assertTrue(mentions(t, "evc-meter-ic"), Fixtures.named(t).toString());
        assertTrue(mentions(r(factory, Theorem.SUPPLY_CHAIN), "sis-pcb"));
        assertEquals(Verdict.PROVED, r(hybrid, Theorem.SUPPLY_CHAIN).verdict());
    }

    @Test
    void dataFlowPolicyFailsOnTheShadowUploadToThePublicCloud() {
        TheoremResult t = r(factory, Theorem.DATA_FLOW);
        assertEquals(Verdict.COUNTEREXAMPLE, t.verdict());
        assertTrue(mentions(t, "f-gw-raw-upload") && mentions(t, "raw-bucket"), Fixtures.named(t).toString());
        assertTrue(Fixtures.named(t).stream().anyMatch(s -> s.contains("not audit-logged")));
    }

    @Test
    void kCompromiseFailsOnTheRefurbishedSafetyBoardsSupplier() {
        TheoremResult t = r(factory, Theorem.K_COMPROMISE);
        assertEquals(Verdict.COUNTEREXAMPLE, t.verdict());
        assertTrue(t.counterexamples().stream().anyMatch(c -> c.summary().contains("org-relife") && c.path().stream().anyMatch(e -> e.id().equals("sis-pcb"))),
                t.counterexamples().toString());
        assertEquals(Verdict.PROVED, r(hybrid, Theorem.K_COMPROMISE).verdict());
    }

    @Test
    void anAttackPathIsAWalkOfModelElementsFromTheEntryToTheAsset() {
        TheoremResult t = r(iot, Theorem.K_COMPROMISE);
        var c = t.counterexamples().get(0);
        assertEquals("AttackerProfile", c.path().get(0).type());
        assertTrue(c.path().size() >= 2);
        assertTrue(c.summary().contains("reaches critical asset"));
    }

    @Test
    void checkingTwiceGivesTheSameReport() {
        CheckReport again = Fixtures.check(checker, Fixtures.load(Fixtures.IOT));
        for (int i = 0; i < again.theorems().size(); i++) {
            assertEquals(iot.theorems().get(i).verdict(), again.theorems().get(i).verdict());
            assertEquals(iot.theorems().get(i).counterexamples(), again.theorems().get(i).counterexamples());
        }
    }
}
