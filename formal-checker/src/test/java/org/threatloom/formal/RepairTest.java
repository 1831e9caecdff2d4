package org.threatloom.formal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.threatloom.formal.check.Checker;
import org.threatloom.formal.repair.RepairPlan;
import org.threatloom.formal.repair.Repairer;
import org.threatloom.formal.result.CheckReport;
import org.threatloom.model.SystemModel;

/** Repair: the smallest set of countermeasures, of kinds the catalog names for the threats involved, that makes it hold. */
class RepairTest {

    @Test
    void removingTheRouteAlarmsIsRepairedByRouteCountermeasuresAndTheRepairedModelIsProved() {
        SystemModel m = EcoreUtil.copy(Fixtures.load(Fixtures.ALL_HOLD));
        m.getCountermeasures().removeIf(c -> c.getId().equals("cm-route-alarms"));
        var analysis = Fixtures.derive(m);
        try (Checker c = Fixtures.checker()) {
            CheckReport broken = c.check(m, analysis, "gap");
            assertFalse(broken.allProved());
            RepairPlan plan = new Repairer(c).repair(m, analysis, broken);
            assertTrue(plan.complete(), plan.theorems().toString());
            assertNotNull(plan.after());
            assertTrue(plan.after().allProved(), "the re-check with the repair in force must prove every theorem");
            // the removed countermeasure protected the flow and the path; a candidate protects one element, so two
            assertEquals(2, plan.additions().size(), plan.additions().toString());
            for (RepairPlan.Addition a : plan.additions()) assertTrue(a.kind().startsWith("ROUTE_"), a.toString());
            assertTrue(plan.additions().stream().anyMatch(a -> a.closes().contains("TL-NET-ROUTE-UNMONITORED@f-cvm-hsm")), plan.additions().toString());
            assertTrue(plan.additions().stream().anyMatch(a -> a.theorems().contains("route-characteristics")));
            assertTrue(plan.additions().stream().anyMatch(a -> a.protects().id().equals("np-secondary")));
        }
    }

    @Test
    void repairPrefersImplementingAProposedCountermeasureAndSaysWhatItCloses() {
        SystemModel m = EcoreUtil.copy(Fixtures.load(Fixtures.ALL_HOLD));
        m.getCountermeasures().stream().filter(c -> c.getId().equals("cm-export-log")).findFirst().get()
                .setStatus(org.threatloom.model.CountermeasureStatus.PROPOSED);
        var analysis = Fixtures.derive(m);
        try (Checker c = Fixtures.checker()) {
            RepairPlan plan = new Repairer(c).repair(m, analysis, c.check(m, analysis, "proposed"));
            assertEquals(1, plan.additions().size(), plan.additions().toString());
            assertEquals("cm-export-log", plan.additions().get(0).id());
            assertEquals("PROPOSED", plan.additions().get(0).existing());
            assertTrue(plan.after().allProved());
        }
    }

    @Test
    void aTheoremNoCatalogCountermeasureCanFixIsReportedAsNeedingAModelChange() {
        SystemModel m = Fixtures.load(Fixtures.HYBRID);
        var analysis = Fixtures.derive(m);
        try (Checker c = Fixtures.checker()) {
            RepairPlan plan = new Repairer(c).repair(m, analysis, c.check(m, analysis, "hybrid"));
            RepairPlan.TheoremRepair custody = plan.theorems().stream().filter(t -> t.theorem().equals("key-custody")).findFirst().get();
            assertTrue(custody.repaired() || custody.note().contains("model"), custody.toString());
            assertTrue(plan.theorems().stream().anyMatch(RepairPlan.TheoremRepair::repaired));
        }
    }
}
