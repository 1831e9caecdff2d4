package org.threatloom.formal.repair;

import java.util.HashSet;
import java.util.Map;

import kodkod.ast.Expression;
import kodkod.ast.Formula;
import kodkod.ast.Relation;
import kodkod.ast.visitor.AbstractReplacer;

/** Replaces relations in a Kodkod formula: a copy of the assertion about one fixed counterexample. */
final class Renamer extends AbstractReplacer {
    private final Map<Relation, Relation> renames;

    private Renamer(Map<Relation, Relation> renames) {
        super(new HashSet<>());
        this.renames = renames;
    }

    static Formula rename(Formula f, Map<Relation, Relation> renames) {
        return f.accept(new Renamer(renames));
    }

    @Override
    public Expression visit(Relation r) {
        return renames.getOrDefault(r, r);
    }
}
