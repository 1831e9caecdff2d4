package org.threatloom.formal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.threatloom.formal.check.Checker;
import org.threatloom.formal.result.CheckReport;
import org.threatloom.formal.result.TheoremResult;
import org.threatloom.formal.result.Verdict;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.Supply;
import org.threatloom.model.SystemModel;
import org.threatloom.model.Verification;
import org.threatloom.model.VerificationResult;

/** Seeded gaps: take the all-theorems-hold example and remove one thing it relies on at a time. */
class SeededGapTest {

    @Test
    void removingAnySingleCountermeasureOfTheAllHoldsExampleMakesSomeTheoremFail() {
        SystemModel base = Fixtures.load(Fixtures.ALL_HOLD);
        Set<String> failedTheorems = new TreeSet<>();
        List<String> notEssential = new ArrayList<>();
        try (Checker c = Fixtures.checker()) {
            assertTrue(Fixtures.check(c, base).allProved());
            for (int i = 0; i < base.getCountermeasures().size(); i++) {
                SystemModel gap = EcoreUtil.copy(base);
                Countermeasure removed = gap.getCountermeasures().remove(i);
                CheckReport r = Fixtures.check(c, gap);
                List<String> failing = new ArrayList<>();
                for (TheoremResult t : r.theorems()) if (t.verdict() == Verdict.COUNTEREXAMPLE) failing.add(t.theorem().cliName());
                if (failing.isEmpty()) notEssential.add(removed.getId());
                failedTheorems.addAll(failing);
            }
        }
        assertTrue(notEssential.isEmpty(), "countermeasures whose removal breaks nothing: " + notEssential);
        // the gaps are not all caught by coverage: the other theorems see them too
        assertTrue(failedTheorems.containsAll(Set.of("coverage", "route-characteristics", "data-flow", "k-compromise")), failedTheorems.toString());
    }

    @Test
    void failingAnySingleVerificationOfTheLoggersPartsBreaksSupplyChainProvenance() {
        SystemModel base = Fixtures.load(Fixtures.ALL_HOLD);
        int seeded = 0;
        try (Checker c = Fixtures.checker()) {
            for (int s = 0; s < base.getSupplies().size(); s++) {
                for (int v = 0; v < base.getSupplies().get(s).getVerifications().size(); v++) {
                    SystemModel gap = EcoreUtil.copy(base);
                    Supply supply = gap.getSupplies().get(s);
                    Verification check = supply.getVerifications().get(v);
                    check.setResult(VerificationResult.FAILED);
                    seeded++;
                    TheoremResult r = Fixtures.check(c, gap).get(org.threatloom.formal.theorems.Theorem.SUPPLY_CHAIN);
                    assertFalse(r.verdict() == Verdict.PROVED, supply.getId() + " " + check.getMethod() + " failed, yet supply chain holds");
                    assertTrue(r.counterexamples().stream().anyMatch(x -> x.details().stream().anyMatch(d -> d.contains("no verified provenance"))));
                }
            }
        }
        assertTrue(seeded >= 8);
    }
}
