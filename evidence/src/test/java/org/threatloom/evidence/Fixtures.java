package org.threatloom.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.threatloom.catalog.rules.RuleLoader;
import org.threatloom.compliance.proof.ProofEvidence;
import org.threatloom.compliance.proof.ProofRecord;
import org.threatloom.compliance.proof.ProofVerdict;
import org.threatloom.evidence.pack.Proofs;
import org.threatloom.evidence.pack.ReportAssembler;
import org.threatloom.evidence.pack.ReportInputs;
import org.threatloom.metamodel.io.Examples;
import org.threatloom.model.Component;
import org.threatloom.model.SystemModel;
import org.threatloom.model.Zone;

/**
 * Report inputs shared by the tests (assembled once per JVM: deriving and assessing four profiles takes seconds): the
 * smart-factory example with proof records (one counterexample through two components), and the same model with
 * hostile names (robustness cases 7 and 8).
 */
public final class Fixtures {
    public static final String SCRIPT = "<script>alert('x')</script>";
    public static final String SVG = "\"><svg onload=alert(1)>";
    public static final String SPEL = "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]";
    public static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/\",\"click\")";
    public static final String DDE = "+cmd|' /C calc'!A0";
    public static final String AT = "@SUM(1+1)*cmd|' /C calc'!A0";
    public static final String MINUS = "-2+3+cmd|' /C calc'!A0";
    public static final String TRAVERSAL = "../../etc/passwd\r\nX:";
    public static final List<String> HOSTILE = List.of(SCRIPT, SVG, SPEL, HYPERLINK, DDE, AT, MINUS);
    public static final Instant AS_OF = Instant.parse("2025-06-30T00:00:00Z");

    private static ReportInputs factory;
    private static ReportInputs hostile;

    private Fixtures() {}

    public static synchronized ReportInputs factory() {
        if (factory == null) factory = assemble(load(), "examples/smart-factory.tlm");
        return factory;
    }

    public static synchronized ReportInputs hostile() {
        if (hostile == null) {
            SystemModel m = load();
            m.setName(TRAVERSAL);
            m.setDescription(SCRIPT + " " + SPEL);
            List<Component> components = m.getComponents();
            for (int i = 0; i < HOSTILE.size() && i < components.size(); i++) components.get(i).setName(HOSTILE.get(i));
            List<Zone> zones = m.getZones();
            for (int i = 0; i < HOSTILE.size() && i < zones.size(); i++) zones.get(i).setName(HOSTILE.get(HOSTILE.size() - 1 - i));
            hostile = assemble(m, "../../etc/passwd\r\nX:.tlm");
        }
        return hostile;
    }

    static SystemModel load() {
        try {
            return Examples.load("smart-factory");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ReportInputs assemble(SystemModel m, String file) {
        try {
            List<ProofRecord> records = new ArrayList<>();
            List<String> path = List.of(m.getComponents().get(0).getId(), m.getComponents().get(1).getId());
            records.add(new ProofRecord("attack-paths", ProofVerdict.COUNTEREXAMPLE, "attack-paths@" + m.getId(), path, "an attacker reaches a critical asset"));
            records.add(new ProofRecord("coverage", ProofVerdict.PROVED, "coverage@" + m.getId(), List.of(), "proved"));
            records.add(new ProofRecord("key-custody", ProofVerdict.TIMEOUT, "key-custody@" + m.getId(), List.of(), "not proven within budget"));
            Proofs proofs = Proofs.of(ProofEvidence.of("test records", records));
            return new ReportAssembler(RuleLoader.loadDefault()).assemble(m, file, List.of(), proofs, null, "test", AS_OF);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The model's element names that a document about it must show. */
    public static List<String> names(ReportInputs in) {
        List<String> out = new ArrayList<>();
        out.add(in.model().getName());
        for (Zone z : in.model().getZones()) out.add(z.getName());
        for (Component c : in.model().getComponents()) out.add(c.getName());
        return out;
    }
}
