package org.threatloom.formal.encode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.threatloom.formal.theorems.CompiledTheorem;
import org.threatloom.formal.theorems.Theorem;
import org.threatloom.formal.theorems.TheoremException;

import kodkod.ast.Formula;
import kodkod.ast.Relation;
import kodkod.engine.Evaluator;
import kodkod.instance.Bounds;
import kodkod.instance.Instance;
import kodkod.instance.Tuple;
import kodkod.instance.TupleFactory;
import kodkod.instance.TupleSet;
import kodkod.instance.Universe;
import kodkod.util.nodes.AnnotatedNode;

/**
 * Turns a slice's vocabulary into a Kodkod universe and bounds for one compiled theorem. Everything the model
 * says is an EXACT bound (lower = upper). Only the theorem's open relations (the attacker's choices) - and, in
 * repair, which candidate countermeasures are implemented - get lower/upper bounds; their upper bounds are the
 * declared column types, narrowed by the theorem's own facts ({@link Tightener}). The relations fixed by a fact
 * (the order of the scales) end up exact the same way.
 */
public final class Encoder {
    private Encoder() {}

    /** One problem: the universe, the bounds, what each atom stands for and a content hash for the cache. */
    public record Problem(CompiledTheorem theorem, Universe universe, Bounds bounds, List<Formula> facts, List<Formula> structure,
                          Map<Object, Object> sources, String hash, int openRelations) {
        public int atoms() {
            return universe.size();
        }

        /** Facts, structure and the negated assertion: satisfiable exactly when there is a counterexample. */
        public Formula formula() {
            List<Formula> parts = new ArrayList<>(facts);
            parts.addAll(structure);
            parts.add(theorem.assertion().not());
            return Formula.and(parts);
        }
    }

    public static Problem encode(CompiledTheorem ct, Vocabulary v, boolean repair) {
        return encode(ct, v, repair, false);
    }

    /**
     * @param validate check that the exact relations satisfy their declarations in the theorem file (a slice or
     *                 vocabulary bug would otherwise make every assertion hold vacuously); tests always validate
     */
    public static Problem encode(CompiledTheorem ct, Vocabulary v, boolean repair, boolean validate) {
        Map<String, Set<List<Object>>> vocab = v.tuples();
        Map<String, Set<Object>> sigAtoms = new LinkedHashMap<>();
        for (CompiledTheorem.SigInfo s : ct.sigs()) atomsOf(ct, s, vocab, sigAtoms);
        Set<Object> all = new LinkedHashSet<>();
        for (Set<Object> s : sigAtoms.values()) all.addAll(s);
        for (CompiledTheorem.FieldInfo f : ct.fields()) {
            for (List<Object> t : vocab.getOrDefault(f.name(), Set.of())) all.addAll(t);
        }
        if (all.isEmpty()) all.add(Atoms.constant("empty"));
        Universe u = new Universe(all);
        TupleFactory tf = u.factory();
        Bounds b = new Bounds(u);
        Instance known = new Instance(u);
        int open = 0;
        Set<Relation> free = new LinkedHashSet<>();
        for (CompiledTheorem.SigInfo s : ct.sigs()) {
            TupleSet ts = unary(tf, sigAtoms.get(s.name()));
            if (repair && s.name().equals("Implemented")) {
                TupleSet upper = ts.clone();
                for (Object a : sigAtoms.get("Countermeasure")) upper.add(tf.tuple(a)); // candidates, and proposed or planned ones
                b.bound(s.relation(), ts, upper);
                free.add(s.relation());
            } else {
                b.boundExactly(s.relation(), ts);
            }
            known.add(s.relation(), ts);
        }
        for (CompiledTheorem.FieldInfo f : ct.fields()) {
            if (vocab.containsKey(f.name())) {
                TupleSet ts = tuples(tf, f.relation().arity(), vocab.get(f.name()));
                b.boundExactly(f.relation(), ts);
                known.add(f.relation(), ts);
            } else if (ct.theorem().openRelations().contains(f.name()) || Theorem.DEFINED_BY_FACTS.contains(f.name())) {
                TupleSet domain = known.tuples(ct.sig(f.sig()).relation());
                TupleSet columns = new Evaluator(known).evaluate(f.columns());
                TupleSet upper = domain.product(columns);
                b.bound(f.relation(), tf.noneOf(f.relation().arity()), upper);
                free.add(f.relation());
            } else {
                throw new TheoremException(ct.theorem().file() + ": nothing fills " + f.name()
                        + " (add it to Vocabulary, or to the theorem's open relations)");
            }
        }
        List<Formula> facts = Tightener.tighten(ct, b, known, free);
        open += free.size();
        List<Formula> structure = new ArrayList<>();
        for (Map.Entry<Relation, Formula> e : ct.structure().entrySet()) {
            Set<Relation> used = AnnotatedNode.annotate(e.getValue()).relations();
            if (used.stream().anyMatch(free::contains)) {
                structure.add(e.getValue());
            } else if (validate && !new Evaluator(known).evaluate(e.getValue())) {
                throw new TheoremException(ct.theorem().file() + ": the slice violates the declaration of " + e.getKey().name());
            }
        }
        return new Problem(ct, u, b, facts, structure, v.sources(), hash(ct, b), open);
    }

    private static Set<Object> atomsOf(CompiledTheorem ct, CompiledTheorem.SigInfo s, Map<String, Set<List<Object>>> vocab,
                                       Map<String, Set<Object>> done) {
        Set<Object> have = done.get(s.name());
        if (have != null) return have;
        Set<Object> out = new LinkedHashSet<>();
        if (s.one()) {
            out.add(Atoms.constant(s.name()));
        } else if (vocab.containsKey(s.name())) {
            for (List<Object> t : vocab.get(s.name())) out.add(t.get(0));
        } else if (!(s.isAbstract() && !s.children().isEmpty())) {
            throw new TheoremException(ct.theorem().file() + ": nothing fills signature " + s.name());
        }
        for (String child : s.children()) out.addAll(atomsOf(ct, ct.sig(child), vocab, done));
        done.put(s.name(), out);
        return out;
    }

    private static TupleSet unary(TupleFactory tf, Set<Object> atoms) {
        TupleSet ts = tf.noneOf(1);
        for (Object a : atoms) ts.add(tf.tuple(a));
        return ts;
    }

    private static TupleSet tuples(TupleFactory tf, int arity, Set<List<Object>> rows) {
        TupleSet ts = tf.noneOf(arity);
        for (List<Object> r : rows) ts.add(tf.tuple(r));
        return ts;
    }

    /** SHA-256 over the theorem text and every bound by atom name: equal hash, equal problem, equal verdict. */
    static String hash(CompiledTheorem ct, Bounds b) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(ct.source().getBytes(StandardCharsets.UTF_8));
            md.update(org.threatloom.formal.theorems.TheoremLibrary.commonSource().getBytes(StandardCharsets.UTF_8));
            List<Relation> rels = new ArrayList<>(b.relations());
            rels.sort((x, y) -> x.name().compareTo(y.name()));
            for (Relation r : rels) {
                md.update(("\n" + r.name() + "|").getBytes(StandardCharsets.UTF_8));
                md.update(canonical(b.lowerBound(r)).getBytes(StandardCharsets.UTF_8));
                md.update((b.lowerBound(r).size() == b.upperBound(r).size() ? "=" : "|" + canonical(b.upperBound(r)))
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String canonical(TupleSet ts) {
        List<String> rows = new ArrayList<>(ts.size());
        for (Tuple t : ts) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < t.arity(); i++) sb.append(t.atom(i)).append(',');
            rows.add(sb.toString());
        }
        rows.sort(null);
        return String.join(";", rows);
    }

    /** Reverse lookup used by the counterexample mapping. */
    public static Map<String, Relation> byName(CompiledTheorem ct) {
        return new HashMap<>(ct.relations());
    }
}
