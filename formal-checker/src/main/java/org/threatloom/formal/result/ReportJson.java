package org.threatloom.formal.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A check report as plain maps and lists (for any JSON writer): {@code theorems} with {@code name}, {@code verdict}
 * ({@code proved} | {@code counterexample} | {@code timeout}), {@code ms}, the proof record (slices, solver,
 * bounds), and for a counterexample its {@code path} (element ids and names), the {@code threats} involved and
 * every counterexample found.
 */
public final class ReportJson {
    private ReportJson() {}

    public static Map<String, Object> of(CheckReport r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("model", r.model());
        doc.put("k", r.k());
        doc.put("budgetSeconds", r.budgetMs() / 1000.0);
        doc.put("ms", r.ms());
        doc.put("allProved", r.allProved());
        List<Object> theorems = new ArrayList<>();
        for (TheoremResult t : r.theorems()) theorems.add(theorem(t));
        doc.put("theorems", theorems);
        return doc;
    }

    static Map<String, Object> theorem(TheoremResult t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.theorem().cliName());
        m.put("verdict", t.verdict().json());
        m.put("ms", t.ms());
        m.put("meaning", t.theorem().meaning());
        m.put("file", t.theorem().file());
        m.put("slices", t.slices().size());
        m.put("slicesProved", t.slices().stream().filter(s -> s.verdict() == Verdict.PROVED).count());
        m.put("slicesTimedOut", t.timedOut());
        m.put("slicesCached", t.cachedSlices());
        m.put("solver", "SAT4J (Kodkod, Alloy 6.2)");
        m.put("maxAtoms", t.maxAtoms());
        m.put("primaryVariables", t.slices().stream().mapToInt(SliceResult::primaryVars).sum());
        m.put("clauses", t.slices().stream().mapToInt(SliceResult::clauses).sum());
        if (t.note() != null) m.put("note", t.note());
        List<Counterexample> cex = t.counterexamples();
        if (!cex.isEmpty()) {
            m.put("summary", cex.get(0).summary());
            m.put("path", refs(cex.get(0).path()));
            m.put("threats", cex.get(0).threats());
            List<Object> all = new ArrayList<>();
            for (Counterexample c : cex) all.add(counterexample(c));
            m.put("counterexamples", all);
        }
        if (t.verdict() == Verdict.TIMEOUT) {
            List<String> slow = new ArrayList<>();
            for (SliceResult s : t.slices()) if (s.verdict() == Verdict.TIMEOUT) slow.add(s.subject());
            m.put("notProvenWithinBudget", slow);
        }
        return m;
    }

    static Map<String, Object> counterexample(Counterexample c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slice", c.slice());
        m.put("summary", c.summary());
        m.put("path", refs(c.path()));
        m.put("threats", c.threats());
        m.put("details", c.details());
        return m;
    }

    public static List<Object> refs(List<ElementRef> refs) {
        List<Object> out = new ArrayList<>();
        for (ElementRef e : refs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("name", e.name());
            m.put("type", e.type());
            out.add(m);
        }
        return out;
    }
}
