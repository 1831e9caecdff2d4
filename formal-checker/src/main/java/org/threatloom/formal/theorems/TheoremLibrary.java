package org.threatloom.formal.theorems;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import edu.mit.csail.sdg.alloy4.A4Reporter;
import edu.mit.csail.sdg.alloy4.Err;
import edu.mit.csail.sdg.ast.Assert;
import edu.mit.csail.sdg.ast.Expr;
import edu.mit.csail.sdg.ast.Func;
import edu.mit.csail.sdg.ast.Sig;
import edu.mit.csail.sdg.parser.CompModule;
import edu.mit.csail.sdg.parser.CompUtil;
import kodkod.ast.Expression;
import kodkod.ast.Formula;
import kodkod.ast.Relation;
import kodkod.ast.Variable;

/**
 * Loads the theorem files from the classpath, parses them with Alloy's parser and translates them once
 * ({@link AlloyToKodkod}). {@code common.als} is served to the parser from memory, so nothing touches disk.
 */
public final class TheoremLibrary {
    public static final String RESOURCES = "org/threatloom/formal/theorems/";
    /** Where the parser believes the files are; only used to resolve {@code open common}. */
    static final String VIRTUAL_DIR = "/threatloom/theorems/";

    private static final Map<Theorem, CompiledTheorem> COMPILED = new EnumMap<>(Theorem.class);

    private TheoremLibrary() {}

    public static synchronized CompiledTheorem get(Theorem t) {
        return COMPILED.computeIfAbsent(t, TheoremLibrary::compile);
    }

    private static volatile String common;

    /** common.als, read once. */
    public static String commonSource() {
        String c = common;
        if (c == null) common = c = source("common.als");
        return c;
    }

    /** The text of a theorem file (or {@code common.als}). */
    public static String source(String file) {
        try (InputStream in = TheoremLibrary.class.getClassLoader().getResourceAsStream(RESOURCES + file)) {
            if (in == null) throw new TheoremException("missing theorem file " + file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TheoremException("cannot read theorem file " + file, e);
        }
    }

    /** Parses {@code mainText} as the main module of {@code file}, with common.als resolvable. */
    public static synchronized CompModule parse(String file, String mainText) {
        Map<String, String> loaded = new HashMap<>();
        loaded.put(VIRTUAL_DIR + "common.als", commonSource());
        loaded.put(VIRTUAL_DIR + file, mainText);
        try {
            return CompUtil.parseEverything_fromFile(A4Reporter.NOP, loaded, VIRTUAL_DIR + file);
        } catch (Err e) {
            throw new TheoremException(file + ": " + e.getMessage(), e);
        }
    }

    /** Strips the module prefix Alloy puts on labels ({@code this/}, {@code common/}). */
    public static String simple(String label) {
        int slash = label.lastIndexOf('/');
        return slash < 0 ? label : label.substring(slash + 1);
    }

    private static CompiledTheorem compile(Theorem t) {
        String text = source(t.file());
        CompModule module = parse(t.file(), text);
        Map<Sig, Relation> sigRel = new LinkedHashMap<>();
        Map<Sig.Field, Relation> fieldRel = new LinkedHashMap<>();
        Map<String, Relation> byName = new LinkedHashMap<>();
        for (Sig s : module.getAllReachableSigs()) {
            if (s.builtin) continue;
            Relation r = Relation.unary(simple(s.label));
            sigRel.put(s, r);
            byName.put(simple(s.label), r);
            for (Sig.Field f : s.getFields()) {
                String name = simple(s.label) + "." + f.label;
                Relation fr = Relation.nary(name, f.type().arity());
                fieldRel.put(f, fr);
                byName.put(name, fr);
            }
        }
        AlloyToKodkod tr = new AlloyToKodkod(sigRel, fieldRel);
        List<CompiledTheorem.SigInfo> sigs = new ArrayList<>();
        List<CompiledTheorem.FieldInfo> fields = new ArrayList<>();
        Map<Relation, Formula> structure = new LinkedHashMap<>();
        for (Map.Entry<Sig, Relation> e : sigRel.entrySet()) {
            Sig s = e.getKey();
            sigs.add(info(s, sigRel));
            structure.put(e.getValue(), sigConstraint(s, sigRel));
            for (Sig.Field f : s.getFields()) {
                Relation fr = fieldRel.get(f);
                Expr declared = f.decl().expr;
                Expression columns = tr.expression(declared);
                fields.add(new CompiledTheorem.FieldInfo(simple(s.label) + "." + f.label, fr, simple(s.label), columns));
                Variable x = Variable.unary("this");
                Formula typed = fr.in(e.getValue().product(columns));
                Formula mult = tr.memberOf(x.join(fr), declared).forAll(x.oneOf(e.getValue()));
                structure.put(fr, typed.and(mult));
            }
        }
        Formula facts = tr.formula(module.getAllReachableFacts());
        Assert target = null;
        for (Assert a : module.getAllAssertions()) if (simple(a.label).equals(t.assertion())) target = a;
        if (target == null) throw new TheoremException(t.file() + " has no assertion " + t.assertion());
        Formula assertion = tr.formula(target.expr);
        Map<String, Expression> witnesses = new LinkedHashMap<>();
        for (Func f : module.getAllFunc()) {
            if (f.label.startsWith("this/") && !f.isPred && f.params().isEmpty() && tr.function(f) instanceof Expression w) {
                witnesses.put(simple(f.label), w);
            }
        }
        if (!witnesses.containsKey(t.witness())) throw new TheoremException(t.file() + " has no fun " + t.witness());
        return new CompiledTheorem(t, module, text, List.copyOf(sigs), List.copyOf(fields), byName, structure, facts, assertion,
                java.util.Collections.unmodifiableMap(witnesses));
    }

    private static CompiledTheorem.SigInfo info(Sig s, Map<Sig, Relation> sigRel) {
        List<String> subsetOf = new ArrayList<>();
        String parent = null;
        boolean subset = s instanceof Sig.SubsetSig;
        if (s instanceof Sig.PrimSig p && p.parent != null && p.parent != Sig.UNIV) parent = simple(p.parent.label);
        if (s instanceof Sig.SubsetSig ss) for (Sig x : ss.parents) subsetOf.add(simple(x.label));
        List<String> children = new ArrayList<>();
        for (Sig other : sigRel.keySet()) {
            if (other instanceof Sig.PrimSig op && op.parent == s) children.add(simple(other.label));
        }
        return new CompiledTheorem.SigInfo(simple(s.label), sigRel.get(s), parent, subsetOf, s.isOne != null, s.isAbstract != null,
                subset, children);
    }

    /** Alloy's meaning of a signature declaration: inside its parent(s), disjoint from siblings, abstract = union of children, one. */
    private static Formula sigConstraint(Sig s, Map<Sig, Relation> sigRel) {
        Relation r = sigRel.get(s);
        List<Formula> out = new ArrayList<>();
        if (s instanceof Sig.PrimSig p) {
            if (p.parent != null && p.parent != Sig.UNIV) out.add(r.in(sigRel.get(p.parent)));
            List<Relation> children = new ArrayList<>();
            for (Sig other : sigRel.keySet()) if (other instanceof Sig.PrimSig op && op.parent == p) children.add(sigRel.get(other));
            for (int i = 0; i < children.size(); i++) {
                for (int j = i + 1; j < children.size(); j++) out.add(children.get(i).intersection(children.get(j)).no());
            }
            if (s.isAbstract != null && !children.isEmpty()) out.add(r.in(Expression.union(children)));
            if (p.parent == null || p.parent == Sig.UNIV) {
                for (Sig other : sigRel.keySet()) {
                    if (other != s && other instanceof Sig.PrimSig op && (op.parent == null || op.parent == Sig.UNIV)
                            && s.label.compareTo(other.label) < 0) out.add(r.intersection(sigRel.get(other)).no());
                }
            }
        } else if (s instanceof Sig.SubsetSig ss) {
            List<Expression> parents = new ArrayList<>();
            for (Sig x : ss.parents) parents.add(x == Sig.UNIV ? Expression.UNIV : sigRel.get(x));
            Expression union = Expression.union(parents);
            out.add(ss.exact ? r.eq(union) : r.in(union));
        }
        if (s.isOne != null) out.add(r.one());
        if (s.isLone != null) out.add(r.lone());
        if (s.isSome != null) out.add(r.some());
        return Formula.and(out);
    }
}
