package org.threatloom.catalog.derive;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.threatloom.catalog.rules.RuleSet;
import org.threatloom.catalog.rules.TestRules;
import org.threatloom.model.Device;
import org.threatloom.model.ModelElement;
import org.threatloom.model.Property;
import org.threatloom.model.Stride;
import org.threatloom.model.SystemModel;
import org.threatloom.model.Threat;
import org.threatloom.model.ThreatOrigin;
import org.threatloom.model.ThreatloomFactory;

class CorrespondenceTest {
    static final ThreatloomFactory F = ThreatloomFactory.eINSTANCE;
    /** A TAMPERING rule referencing CAPEC-70 that fires on devices with default credentials. */
    static final RuleSet RULES = TestRules.of(TestRules.rule("TL-T-DEFAULT", "Device", "defaultCredentials", "UNIQUE_CREDENTIALS"));

    @Test
    void anImportedThreatCorrespondsToDerivedThreatsBySameElementAndStrideOrBySharedCapec() {
        SystemModel m = F.createSystemModel();
        m.setId("m");
        Device d1 = device(m, "d1", true), d2 = device(m, "d2", false);
        Threat sameStride = imported(m, "t1", d1, Stride.TAMPERING);
        Threat sameCapec = imported(m, "t2", d1, Stride.SPOOFING, "capec-70");
        Threat otherCategory = imported(m, "t3", d1, Stride.SPOOFING);
        Threat onSystem = imported(m, "t4", m, Stride.TAMPERING, "CAPEC-70");
        Threat nothingDerived = imported(m, "t5", d2, Stride.TAMPERING);
        Threat unknownCategory = imported(m, "t6", d1, Stride.TAMPERING);
        Property p = F.createProperty();
        p.setKey("stride.unknown");
        p.setValue("true");
        unknownCategory.getProperties().add(p);
        Threat manual = imported(m, "t7", d1, Stride.TAMPERING);
        manual.setOrigin(ThreatOrigin.MANUAL);

        List<Correspondence.Row> rows = Correspondence.of(m, new DerivationEngine(RULES).derive(m));
        assertEquals(6, rows.size(), "only imported threats are compared");
        assertMatch(rows, sameStride, Correspondence.Match.ELEMENT_AND_STRIDE);
        assertMatch(rows, sameCapec, Correspondence.Match.ELEMENT_AND_REFERENCE);
        assertMatch(rows, onSystem, Correspondence.Match.REFERENCE);
        assertTrue(row(rows, otherCategory).links().isEmpty(), "same element, other category, no shared reference");
        assertTrue(row(rows, nothingDerived).links().isEmpty());
        assertTrue(row(rows, unknownCategory).links().isEmpty(), "a category with no STRIDE meaning matches by reference only");
        assertEquals("TL-T-DEFAULT@d1", row(rows, sameStride).links().get(0).derived().id());

        Map<Stride, Correspondence.Tally> tally = Correspondence.tally(rows);
        assertEquals(new Correspondence.Tally(3, 1, 2), tally.get(Stride.TAMPERING));
        assertEquals(new Correspondence.Tally(2, 0, 1), tally.get(Stride.SPOOFING));
    }

    private static void assertMatch(List<Correspondence.Row> rows, Threat t, Correspondence.Match match) {
        Correspondence.Row r = row(rows, t);
        assertEquals(1, r.links().size(), t.getId());
        assertEquals(match, r.links().get(0).match(), t.getId());
    }

    private static Correspondence.Row row(List<Correspondence.Row> rows, Threat t) {
        return rows.stream().filter(r -> r.imported() == t).findFirst().orElseThrow();
    }

    private static Device device(SystemModel m, String id, boolean defaultCredentials) {
        Device d = F.createDevice();
        d.setId(id);
        d.setDefaultCredentials(defaultCredentials);
        m.getComponents().add(d);
        return d;
    }

    private static Threat imported(SystemModel m, String id, ModelElement target, Stride stride, String... refs) {
        Threat t = F.createThreat();
        t.setId(id);
        t.setSourceId(id);
        t.setTarget(target);
        t.setStride(stride);
        t.setOrigin(ThreatOrigin.IMPORTED);
        t.getReferences().addAll(List.of(refs));
        m.getThreats().add(t);
        return t;
    }
}
