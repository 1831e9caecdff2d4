package org.threatloom.formal.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.threatloom.formal.theorems.CompiledTheorem;

import kodkod.ast.BinaryExpression;
import kodkod.ast.BinaryFormula;
import kodkod.ast.ComparisonFormula;
import kodkod.ast.ConstantExpression;
import kodkod.ast.Expression;
import kodkod.ast.Formula;
import kodkod.ast.NaryExpression;
import kodkod.ast.NaryFormula;
import kodkod.ast.Relation;
import kodkod.ast.UnaryExpression;
import kodkod.ast.operator.ExprCompOperator;
import kodkod.ast.operator.ExprOperator;
import kodkod.ast.operator.FormulaOperator;
import kodkod.engine.Evaluator;
import kodkod.instance.Bounds;
import kodkod.instance.Instance;
import kodkod.instance.TupleSet;
import kodkod.util.nodes.AnnotatedNode;

/**
 * Narrows the bounds of open relations using the theorem's own facts - what Alloy's partial-instance inference
 * was meant to do (it is broken in 6.2.0). A top-level fact {@code R = E} with E over exact relations only makes R
 * exact; {@code R in E} or {@code S.R in E} (S a signature) bounds R above by E, evaluated with every open
 * relation at its upper bound, which is sound when E is monotone in the open relations (only union,
 * intersection, join, product, transpose and closures over them). Facts of any other shape are left to the solver.
 */
final class Tightener {
    private Tightener() {}

    /**
     * Narrows the bounds in place and returns the facts still to be solved: a fact whose right-hand side was
     * concrete is implied by the new bounds and is dropped.
     */
    static List<Formula> tighten(CompiledTheorem ct, Bounds b, Instance known, Set<Relation> free) {
        List<Formula> conjuncts = new ArrayList<>();
        flatten(ct.facts(), conjuncts);
        List<Formula> remaining = new ArrayList<>(conjuncts);
        for (int round = 0; round < 2; round++) {
            for (Formula f : conjuncts) {
                if (!remaining.contains(f)) continue;
                if (!(f instanceof ComparisonFormula c)) continue;
                Relation target = null;
                Expression domain = null;
                if (c.left() instanceof Relation r && free.contains(r)) target = r;
                else if (c.left() instanceof BinaryExpression j && j.op() == ExprOperator.JOIN && j.left() instanceof Relation s
                        && !free.contains(s) && j.right() instanceof Relation r && free.contains(r)) {
                    target = r;
                    domain = s;
                }
                if (target == null) continue;
                Set<Relation> used = AnnotatedNode.annotate(c.right()).relations();
                boolean concrete = used.stream().noneMatch(free::contains);
                if (!concrete && !monotone(c.right(), free)) continue;
                Instance at = known.clone();
                for (Relation r : free) at.add(r, b.upperBound(r));
                TupleSet value = new Evaluator(at).evaluate(c.right());
                if (domain != null) value = b.upperBound((Relation) domain).product(value);
                TupleSet upper = b.upperBound(target).clone();
                upper.retainAll(value);
                if (c.op() == ExprCompOperator.EQUALS && concrete && domain == null) {
                    b.boundExactly(target, upper);
                    free.remove(target);
                    known.add(target, upper);
                    remaining.remove(f);
                } else {
                    b.bound(target, b.lowerBound(target), upper);
                    if (concrete && (domain == null || c.op() == ExprCompOperator.SUBSET)) remaining.remove(f);
                }
            }
        }
        return remaining;
    }

    private static void flatten(Formula f, List<Formula> out) {
        if (f instanceof NaryFormula n && n.op() == FormulaOperator.AND) {
            for (Formula x : n) flatten(x, out);
        } else if (f instanceof BinaryFormula bf && bf.op() == FormulaOperator.AND) {
            flatten(bf.left(), out);
            flatten(bf.right(), out);
        } else {
            out.add(f);
        }
    }

    private static boolean monotone(Expression e, Set<Relation> free) {
        if (e instanceof Relation || e instanceof ConstantExpression) return true;
        if (AnnotatedNode.annotate(e).relations().stream().noneMatch(free::contains)) return true;
        if (e instanceof UnaryExpression u) return monotone(u.expression(), free);
        if (e instanceof BinaryExpression bin) {
            return switch (bin.op()) {
                case UNION, INTERSECTION, JOIN, PRODUCT -> monotone(bin.left(), free) && monotone(bin.right(), free);
                case DIFFERENCE -> monotone(bin.left(), free)
                        && AnnotatedNode.annotate(bin.right()).relations().stream().noneMatch(free::contains);
                default -> false;
            };
        }
        if (e instanceof NaryExpression n) {
            if (n.op() == ExprOperator.OVERRIDE) return false;
            for (Expression x : n) if (!monotone(x, free)) return false;
            return true;
        }
        return false;
    }
}
