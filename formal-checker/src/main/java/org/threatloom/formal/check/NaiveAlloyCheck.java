package org.threatloom.formal.check;

import org.threatloom.formal.encode.Encoder;
import org.threatloom.formal.encode.FactsWriter;
import org.threatloom.formal.theorems.TheoremException;
import org.threatloom.formal.theorems.TheoremLibrary;

import edu.mit.csail.sdg.alloy4.A4Reporter;
import edu.mit.csail.sdg.alloy4.Err;
import edu.mit.csail.sdg.ast.Command;
import edu.mit.csail.sdg.parser.CompModule;
import edu.mit.csail.sdg.translator.A4Options;
import edu.mit.csail.sdg.translator.A4Solution;
import edu.mit.csail.sdg.translator.TranslateAlloyToKodkod;
import kodkod.engine.satlab.SATFactory;

/**
 * Runs a problem the way Alloy itself would: the theorem text plus the instance as facts ({@link FactsWriter}),
 * parsed and translated by Alloy's own {@code TranslateAlloyToKodkod} with scopes. Used only to test that our
 * translation agrees with Alloy's, and by the benchmark to measure the naive encoding.
 */
public final class NaiveAlloyCheck {
    private NaiveAlloyCheck() {}

    /** True when Alloy finds a counterexample. */
    public static boolean counterexample(Encoder.Problem p) {
        String text = FactsWriter.write(p);
        CompModule module = TheoremLibrary.parse(p.theorem().theorem().file(), text);
        Command cmd = module.getAllCommands().get(module.getAllCommands().size() - 1);
        A4Options opt = new A4Options();
        opt.solver = SATFactory.get("sat4j");
        opt.skolemDepth = 0;
        opt.inferPartialInstance = false;
        try {
            A4Solution sol = TranslateAlloyToKodkod.execute_command(A4Reporter.NOP, module.getAllReachableSigs(), cmd, opt);
            return sol.satisfiable();
        } catch (Err e) {
            throw new TheoremException("Alloy could not run the naive encoding: " + e.getMessage(), e);
        }
    }
}
