package org.threatloom.formal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.threatloom.formal.check.CancelToken;
import org.threatloom.formal.check.NaiveAlloyCheck;
import org.threatloom.formal.check.SliceSolver;
import org.threatloom.formal.encode.Encoder;
import org.threatloom.formal.encode.Vocabulary;
import org.threatloom.formal.slice.ModelFacts;
import org.threatloom.formal.slice.Slice;
import org.threatloom.formal.slice.Slicer;
import org.threatloom.formal.theorems.Theorem;
import org.threatloom.formal.theorems.TheoremLibrary;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.CountermeasureStatus;
import org.threatloom.model.SystemModel;

/**
 * The single source of truth, tested: every theorem's .als text, run through Alloy's own translator (the
 * instance written as facts, scopes instead of bounds), must give the same verdict as our translation of the
 * same text with exact bounds. Checked on small slices of the examples - both verdicts for every theorem -
 * and on mutants in which every countermeasure is flipped between implemented and proposed, or every
 * supply verification failed.
 */
class AlloyAgreementTest {
    static final int MAX_ATOMS = 75;

    @Test
    void alloysOwnTranslatorAndOursAgreeOnEveryTheoremOnSmallScopes() {
        Map<Theorem, int[]> seen = new EnumMap<>(Theorem.class); // [agreeing holds, agreeing counterexamples]
        List<String> disagreements = new ArrayList<>();
        for (String example : List.of(Fixtures.HYBRID, Fixtures.ALL_HOLD, Fixtures.IOT)) {
            for (int mutant = 0; mutant < 3; mutant++) {
                boolean flipped = mutant > 0;
                SystemModel m = Fixtures.load(example);
                if (mutant == 1) flip(m);
                if (mutant == 2) failVerifications(m);
                ModelFacts facts = new ModelFacts(m, Fixtures.derive(m));
                for (Theorem t : Theorem.values()) {
                    int[] count = seen.computeIfAbsent(t, k -> new int[2]);
                    for (Slice s : Slicer.slices(t, facts)) {
                        if (count[0] >= 2 && count[1] >= 2) break;
                        Encoder.Problem p = Encoder.encode(TheoremLibrary.get(t), new Vocabulary(facts, s, 1), false, true);
                        if (p.atoms() > (t == Theorem.K_COMPROMISE ? 2 * MAX_ATOMS : MAX_ATOMS)) continue;
                        boolean ours = SliceSolver.solve(p, new CancelToken()).counterexample();
                        if (count[ours ? 1 : 0] >= 2) continue;
                        boolean alloys = NaiveAlloyCheck.counterexample(p);
                        if (ours != alloys) disagreements.add(t + " on " + example + "/" + s.subject() + (flipped ? " (flipped)" : "") + ": ours " + ours + ", Alloy " + alloys);
                        else count[ours ? 1 : 0]++;
                    }
                }
            }
        }
        assertTrue(disagreements.isEmpty(), disagreements.toString());
        for (Theorem t : Theorem.values()) {
            assertTrue(seen.get(t)[0] >= 1, t + ": no holding slice compared");
            assertTrue(seen.get(t)[1] >= 1, t + ": no failing slice compared");
        }
    }

    private static void failVerifications(SystemModel m) {
        for (var s : m.getSupplies()) for (var v : s.getVerifications()) v.setResult(org.threatloom.model.VerificationResult.FAILED);
    }

    private static void flip(SystemModel m) {
        for (Countermeasure c : m.getCountermeasures()) {
            boolean on = c.getStatus() == CountermeasureStatus.IMPLEMENTED || c.getStatus() == CountermeasureStatus.VERIFIED;
            c.setStatus(on ? CountermeasureStatus.PROPOSED : CountermeasureStatus.IMPLEMENTED);
        }
    }

    @Test
    void theFactsWriterProducesTheTheoremTextItself() {
        SystemModel m = Fixtures.load(Fixtures.ALL_HOLD);
        ModelFacts facts = new ModelFacts(m, Fixtures.derive(m));
        Slice s = Slicer.slices(Theorem.ROUTE_CHARACTERISTICS, facts).get(0);
        Encoder.Problem p = Encoder.encode(TheoremLibrary.get(Theorem.ROUTE_CHARACTERISTICS), new Vocabulary(facts, s, 1), false);
        String text = org.threatloom.formal.encode.FactsWriter.write(p);
        assertTrue(text.startsWith(TheoremLibrary.source("route_characteristics.als")));
        assertTrue(text.contains("check RouteCharacteristics for"));
        assertEquals(EcoreUtil.getID(m), "all-theorems-hold");
    }
}
