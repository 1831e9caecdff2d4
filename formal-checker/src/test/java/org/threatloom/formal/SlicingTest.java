package org.threatloom.formal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threatloom.formal.check.CancelToken;
import org.threatloom.formal.check.SliceSolver;
import org.threatloom.formal.encode.Encoder;
import org.threatloom.formal.encode.Vocabulary;
import org.threatloom.formal.slice.ModelFacts;
import org.threatloom.formal.slice.Slice;
import org.threatloom.formal.slice.Slicer;
import org.threatloom.formal.theorems.Theorem;
import org.threatloom.formal.theorems.TheoremLibrary;
import org.threatloom.model.SystemModel;

/**
 * Slicing is sound and complete: "some slice has a counterexample" must equal "the whole model, unsliced, has a
 * counterexample", for every theorem on every example (the whole-model problem is only ever built here and in
 * the benchmark).
 */
class SlicingTest {

    @Test
    void theSlicesOfEveryTheoremFindACounterexampleExactlyWhenTheWholeModelHasOne() {
        for (String example : List.of(Fixtures.ALL_HOLD, Fixtures.HYBRID, Fixtures.IOT, Fixtures.FACTORY)) {
            SystemModel m = Fixtures.load(example);
            ModelFacts facts = new ModelFacts(m, Fixtures.derive(m));
            for (Theorem t : Theorem.values()) {
                boolean sliced = false;
                for (Slice s : Slicer.slices(t, facts)) sliced |= solve(t, facts, s);
                boolean whole = solve(t, facts, Slicer.wholeModel(t, facts));
                assertEquals(whole, sliced, t + " on " + example);
            }
        }
    }

    private static boolean solve(Theorem t, ModelFacts facts, Slice s) {
        Encoder.Problem p = Encoder.encode(TheoremLibrary.get(t), new Vocabulary(facts, s, 1), false, true);
        return SliceSolver.solve(p, new CancelToken()).counterexample();
    }
}
