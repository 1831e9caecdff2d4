package org.threatloom.formal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.threatloom.formal.check.Checker;
import org.threatloom.formal.encode.Vocabulary;
import org.threatloom.formal.result.CheckReport;
import org.threatloom.formal.result.TheoremResult;
import org.threatloom.formal.theorems.CompiledTheorem;
import org.threatloom.formal.theorems.Theorem;
import org.threatloom.formal.theorems.TheoremLibrary;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.CountermeasureStatus;
import org.threatloom.model.SystemModel;

class CacheAndFilesTest {

    @Test
    void everyTheoremFileParsesStatesItsMeaningAndUsesOnlyKnownRelations() {
        for (Theorem t : Theorem.values()) {
            CompiledTheorem ct = TheoremLibrary.get(t);
            assertTrue(ct.source().contains("In plain words"), t.file() + " has no plain-words meaning");
            for (String name : ct.relations().keySet()) {
                CompiledTheorem.SigInfo sig = ct.sig(name);
                boolean known = Vocabulary.NAMES.contains(name) || t.openRelations().contains(name) || Theorem.DEFINED_BY_FACTS.contains(name)
                        || (sig != null && (sig.one() || (sig.isAbstract() && !sig.children().isEmpty())));
                assertTrue(known, t.file() + ": nothing fills " + name);
            }
        }
    }

    @Test
    void aRecheckAfterOneEditSolvesOnlyTheSlicesTheEditTouched() {
        SystemModel m = Fixtures.load(Fixtures.FACTORY);
        try (Checker c = Fixtures.checker()) {
            CheckReport first = Fixtures.check(c, m);
            Countermeasure cm = m.getCountermeasures().stream().filter(x -> x.getId().equals("cm-jtag-fuse") || x.getId().equals("cm-vib1-replace"))
                    .findFirst().get();
            cm.setStatus(CountermeasureStatus.IMPLEMENTED);
            CheckReport again = Fixtures.check(c, m);
            long slices = 0, cached = 0;
            for (TheoremResult t : again.theorems()) {
                slices += t.slices().size();
                cached += t.cachedSlices();
            }
            assertTrue(cached > slices / 2, cached + " of " + slices + " slices reused");
            assertTrue(cached < slices, "the edited slices must be checked again");
            assertEquals(first.theorems().size(), again.theorems().size());
        }
    }
}
