package org.threatloom.formal.theorems;

import java.util.List;
import java.util.Map;

import edu.mit.csail.sdg.parser.CompModule;
import kodkod.ast.Expression;
import kodkod.ast.Formula;
import kodkod.ast.Relation;

/**
 * A theorem file translated once into Kodkod: a relation per signature and field, the structural constraints
 * Alloy's semantics puts on them (hierarchy, typing, multiplicities), the facts, the assertion and the witness
 * fun. Immutable and shared by every slice and thread: each check only supplies new bounds.
 *
 * @param structure one constraint per relation (hierarchy, typing and multiplicity of that sig or field)
 */
public record CompiledTheorem(Theorem theorem, CompModule module, String source, List<SigInfo> sigs, List<FieldInfo> fields,
                              Map<String, Relation> relations, Map<Relation, Formula> structure, Formula facts,
                              Formula assertion, Map<String, Expression> witnesses) {

    /** A signature: name without module prefix, its parent (null at top level), whether one/abstract/subset. */
    public record SigInfo(String name, Relation relation, String parent, List<String> subsetOf, boolean one, boolean isAbstract,
                          boolean subset, List<String> children) {}

    /**
     * A field: {@code Sig.field}, its arity, the sig that declares it and its declared column type (without the
     * declaring sig, multiplicities removed) for computing upper bounds of open fields.
     */
    public record FieldInfo(String name, Relation relation, String sig, Expression columns) {}

    /** Facts, structure and the negated assertion: satisfiable exactly when there is a counterexample. */
    public Formula counterexampleFormula() {
        return Formula.and(structure.values()).and(facts).and(assertion.not());
    }

    /** The theorem's main witness fun (e.g. {@code uncovered}), evaluated on a counterexample. */
    public Expression witness() {
        return witnesses.get(theorem.witness());
    }

    public Relation relation(String name) {
        Relation r = relations.get(name);
        if (r == null) throw new TheoremException(theorem.file() + " declares no " + name);
        return r;
    }

    public SigInfo sig(String name) {
        for (SigInfo s : sigs) if (s.name().equals(name)) return s;
        return null;
    }
}
