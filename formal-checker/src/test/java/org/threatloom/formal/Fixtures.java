package org.threatloom.formal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.threatloom.catalog.derive.Analysis;
import org.threatloom.catalog.derive.DerivationEngine;
import org.threatloom.catalog.rules.RuleLoader;
import org.threatloom.formal.check.CheckOptions;
import org.threatloom.formal.check.Checker;
import org.threatloom.formal.result.CheckReport;
import org.threatloom.formal.result.Counterexample;
import org.threatloom.formal.result.ElementRef;
import org.threatloom.formal.result.TheoremResult;
import org.threatloom.formal.theorems.Theorem;
import org.threatloom.metamodel.io.ModelStore;
import org.threatloom.model.SystemModel;

/** The example models and a validating checker shared by the tests. */
public final class Fixtures {
    public static final String ALL_HOLD = "all-theorems-hold";
    public static final String HYBRID = "hybrid-cloud-keys";
    public static final String IOT = "iot-device-supply-chain";
    public static final String FACTORY = "smart-factory";

    private Fixtures() {}

    public static SystemModel load(String example) {
        try {
            return ModelStore.load(Path.of("..", "examples", example + ".tlm"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Analysis derive(SystemModel m) {
        try {
            return new DerivationEngine(RuleLoader.loadDefault()).derive(m);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every slice is validated against the theorem files' declarations. */
    public static Checker checker() {
        return new Checker(CheckOptions.defaults().validating());
    }

    public static CheckReport check(Checker c, SystemModel m) {
        return c.check(m, derive(m), "test");
    }

    /** Ids of every element on the paths of a theorem's counterexamples, and every threat involved. */
    public static List<String> named(TheoremResult r) {
        List<String> out = new ArrayList<>();
        for (Counterexample c : r.counterexamples()) {
            for (ElementRef e : c.path()) out.add(e.id());
            out.addAll(c.threats());
            out.addAll(c.details());
        }
        return out;
    }

    public static boolean mentions(TheoremResult r, String id) {
        for (String s : named(r)) if (s.equals(id) || s.contains("[" + id + "]") || s.contains("@" + id) || s.startsWith(id + "@")) return true;
        return false;
    }

    public static <T extends EObject> T byId(SystemModel m, String id, Class<T> type) {
        for (var it = m.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (id.equals(EcoreUtil.getID(o))) return type.cast(o);
        }
        throw new IllegalArgumentException("no " + id);
    }

    public static Theorem[] all() {
        return Theorem.values();
    }
}
