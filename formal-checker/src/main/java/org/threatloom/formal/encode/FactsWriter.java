package org.threatloom.formal.encode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.threatloom.formal.theorems.CompiledTheorem;
import org.threatloom.formal.theorems.Theorem;

import kodkod.ast.Relation;
import kodkod.instance.Bounds;
import kodkod.instance.Tuple;
import kodkod.instance.TupleSet;

/**
 * The naive encoding: the same problem written as Alloy text - the theorem file, one {@code one sig} per atom and
 * a {@code fact} fixing every relation the model determines - to be run through Alloy's own translator with
 * scopes. It exists for two reasons only: the agreement test (Alloy's translator and ours must give the same
 * verdict on the same theorem text) and the benchmark (how much exact bounds and slicing save). Never use it to
 * check a real model: Alloy 6.2 does not turn such facts into bounds, so it explodes (architecture.md).
 */
public final class FactsWriter {
    private FactsWriter() {}

    /** The theorem file followed by the instance as facts and a {@code check} command. */
    public static String write(Encoder.Problem p) {
        CompiledTheorem ct = p.theorem();
        Bounds b = p.bounds();
        Map<Object, String> names = new HashMap<>();
        Map<Object, String> home = new LinkedHashMap<>();
        for (CompiledTheorem.SigInfo s : ct.sigs()) {
            if (s.one()) names.put(Atoms.constant(s.name()), s.name());
        }
        // each atom is declared in the deepest signature (of its hierarchy) whose bound holds it
        for (CompiledTheorem.SigInfo s : primOrderedByDepth(ct)) {
            for (Tuple t : b.upperBound(s.relation())) home.put(t.atom(0), s.name());
        }
        StringBuilder sb = new StringBuilder(ct.source()).append("\n\n-- the instance, written as facts (the naive encoding)\n");
        int n = 0;
        for (Map.Entry<Object, String> e : home.entrySet()) {
            if (names.containsKey(e.getKey())) continue;
            String name = "A" + (n++) + "_" + String.valueOf(e.getKey()).substring(2).replaceAll("[^A-Za-z0-9_]", "_");
            names.put(e.getKey(), name);
            sb.append("one sig ").append(name).append(" extends ").append(e.getValue()).append(" {}\n");
        }
        int scope = 1;
        sb.append("fact instance {\n");
        for (CompiledTheorem.SigInfo s : ct.sigs()) {
            TupleSet ts = b.upperBound(s.relation());
            scope = Math.max(scope, ts.size());
            boolean fixedByDecl = s.one() || (s.isAbstract() && !s.children().isEmpty());
            if (fixedByDecl || !b.lowerBound(s.relation()).equals(ts)) continue;
            sb.append("  ").append(ts.isEmpty() ? "no " + s.name() : s.name() + " = " + set(ts, names)).append('\n');
        }
        Set<String> free = new java.util.HashSet<>(ct.theorem().openRelations());
        free.addAll(Theorem.DEFINED_BY_FACTS);
        for (CompiledTheorem.FieldInfo f : ct.fields()) {
            if (free.contains(f.name())) continue;
            Relation r = f.relation();
            TupleSet ts = b.upperBound(r);
            String ref = "(" + f.sig() + " <: " + f.name().substring(f.name().indexOf('.') + 1) + ")";
            sb.append("  ").append(ts.isEmpty() ? "no " + ref : ref + " = " + set(ts, names)).append('\n');
        }
        sb.append("}\n\ncheck ").append(ct.theorem().assertion()).append(" for ").append(scope).append('\n');
        return sb.toString();
    }

    private static List<CompiledTheorem.SigInfo> primOrderedByDepth(CompiledTheorem ct) {
        List<CompiledTheorem.SigInfo> out = new ArrayList<>();
        for (CompiledTheorem.SigInfo s : ct.sigs()) if (!s.subset()) out.add(s);
        out.sort((x, y) -> Integer.compare(depth(ct, x), depth(ct, y)));
        return out;
    }

    private static int depth(CompiledTheorem ct, CompiledTheorem.SigInfo s) {
        int d = 0;
        for (CompiledTheorem.SigInfo p = s; p.parent() != null; p = ct.sig(p.parent())) d++;
        return d;
    }

    private static String set(TupleSet ts, Map<Object, String> names) {
        List<String> rows = new ArrayList<>();
        for (Tuple t : ts) {
            List<String> cols = new ArrayList<>();
            for (int i = 0; i < t.arity(); i++) cols.add(names.get(t.atom(i)));
            rows.add(String.join("->", cols));
        }
        return String.join(" + ", rows);
    }
}
