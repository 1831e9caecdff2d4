package org.threatloom.formal.theorems;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import edu.mit.csail.sdg.alloy4.Err;
import edu.mit.csail.sdg.ast.Assert;
import edu.mit.csail.sdg.ast.Decl;
import edu.mit.csail.sdg.ast.Expr;
import edu.mit.csail.sdg.ast.ExprBinary;
import edu.mit.csail.sdg.ast.ExprCall;
import edu.mit.csail.sdg.ast.ExprConstant;
import edu.mit.csail.sdg.ast.ExprHasName;
import edu.mit.csail.sdg.ast.ExprITE;
import edu.mit.csail.sdg.ast.ExprLet;
import edu.mit.csail.sdg.ast.ExprList;
import edu.mit.csail.sdg.ast.ExprQt;
import edu.mit.csail.sdg.ast.ExprUnary;
import edu.mit.csail.sdg.ast.ExprVar;
import edu.mit.csail.sdg.ast.Func;
import edu.mit.csail.sdg.ast.Sig;
import edu.mit.csail.sdg.ast.VisitReturn;
import kodkod.ast.Decls;
import kodkod.ast.Expression;
import kodkod.ast.Formula;
import kodkod.ast.IntExpression;
import kodkod.ast.Relation;
import kodkod.ast.Variable;

/**
 * Translates a type-checked Alloy AST (as Alloy's own parser produces it from the {@code .als} files) into a
 * Kodkod formula over one {@link Relation} per signature and field. This is what makes the {@code .als} files
 * the single source of truth: the theorem text is parsed, never re-written in Java; the encoder only supplies
 * the bounds. The subset covered is the relational first-order core the theorem files use: joins, products,
 * set operators, restrictions, override, closures, quantifiers (all, some, no, one, lone, with {@code disj}),
 * comprehensions, let, if-then-else, calls to funs and preds, cardinality. Integers and temporal operators are
 * rejected with a message naming the construct.
 */
public final class AlloyToKodkod extends VisitReturn<Object> {
    private final Map<Sig, Relation> sigs;
    private final Map<Sig.Field, Relation> fields;
    private final Map<ExprHasName, Object> env = new IdentityHashMap<>();
    private int fresh;

    public AlloyToKodkod(Map<Sig, Relation> sigs, Map<Sig.Field, Relation> fields) {
        this.sigs = sigs;
        this.fields = fields;
    }

    public Formula formula(Expr e) {
        Object o = translate(e);
        if (o instanceof Formula f) return f;
        throw new TheoremException("expected a formula, got an expression: " + e);
    }

    public Expression expression(Expr e) {
        Object o = translate(e);
        if (o instanceof Expression x) return x;
        throw new TheoremException("expected a relational expression, got: " + e);
    }

    /** A fun without parameters (a witness such as {@code uncovered}) as an expression, or a pred as a formula. */
    public Object function(Func f) {
        if (!f.params().isEmpty()) throw new TheoremException(f.label + " takes parameters");
        return translate(f.getBody());
    }

    Object translate(Expr e) {
        try {
            return e.accept(this);
        } catch (Err err) {
            throw new TheoremException("cannot translate " + e + ": " + err.getMessage(), err);
        }
    }

    // ------------------------------------------------------------------------------------------ leaves

    @Override
    public Object visit(Sig s) {
        if (s == Sig.UNIV) return Expression.UNIV;
        if (s == Sig.NONE) return Expression.NONE;
        Relation r = sigs.get(s);
        if (r == null) throw new TheoremException("unsupported built-in signature " + s.label + " (integers, strings and sequences are not used)");
        return r;
    }

    @Override
    public Object visit(Sig.Field f) {
        Relation r = fields.get(f);
        if (r == null) throw new TheoremException("unknown field " + f.label);
        return r;
    }

    @Override
    public Object visit(ExprVar v) {
        Object bound = env.get(v);
        if (bound == null) throw new TheoremException("unbound variable " + v.label);
        return bound;
    }

    @Override
    public Object visit(ExprConstant c) {
        return switch (c.op) {
            case TRUE -> Formula.TRUE;
            case FALSE -> Formula.FALSE;
            case IDEN -> Expression.IDEN;
            case EMPTYNESS -> Expression.NONE;
            case NUMBER -> kodkod.ast.IntConstant.constant(c.num);
            default -> throw new TheoremException("unsupported constant " + c + " (" + c.op + ")");
        };
    }

    // ------------------------------------------------------------------------------------------ operators

    @Override
    public Object visit(ExprUnary u) {
        switch (u.op) {
            case NOOP, SOMEOF, LONEOF, ONEOF, SETOF, EXACTLYOF:
                return translate(u.sub);
            case NOT:
                return formula(u.sub).not();
            case NO:
                return expression(u.sub).no();
            case SOME:
                return expression(u.sub).some();
            case LONE:
                return expression(u.sub).lone();
            case ONE:
                return expression(u.sub).one();
            case TRANSPOSE:
                return expression(u.sub).transpose();
            case CLOSURE:
                return expression(u.sub).closure();
            case RCLOSURE:
                return expression(u.sub).reflexiveClosure();
            case CARDINALITY:
                return expression(u.sub).count();
            default:
                throw new TheoremException("unsupported operator " + u.op + " in " + u);
        }
    }

    @Override
    public Object visit(ExprBinary b) {
        switch (b.op) {
            case AND: return formula(b.left).and(formula(b.right));
            case OR: return formula(b.left).or(formula(b.right));
            case IMPLIES: return formula(b.left).implies(formula(b.right));
            case IFF: return formula(b.left).iff(formula(b.right));
            default: break;
        }
        if (b.op.isArrow) return expression(b.left).product(expression(b.right));
        switch (b.op) {
            case JOIN: return expression(b.left).join(expression(b.right));
            case INTERSECT: return expression(b.left).intersection(expression(b.right));
            case PLUS: return expression(b.left).union(expression(b.right));
            case MINUS: return expression(b.left).difference(expression(b.right));
            case PLUSPLUS: return expression(b.left).override(expression(b.right));
            case DOMAIN: return domain(b);
            case RANGE: return range(b);
            case IN: return memberOf(expression(b.left), b.right);
            case NOT_IN: return memberOf(expression(b.left), b.right).not();
            case EQUALS: return equal(b);
            case NOT_EQUALS: return equal(b).not();
            default: throw new TheoremException("unsupported operator " + b.op + " in " + b + " (integer arithmetic and temporal operators are not used)");
        }
    }

    private Formula equal(ExprBinary b) {
        Object l = translate(b.left), r = translate(b.right);
        if (l instanceof Expression x && r instanceof Expression y) return x.eq(y);
        if (l instanceof IntExpression x && r instanceof IntExpression y) return x.eq(y);
        if (l instanceof Formula x && r instanceof Formula y) return x.iff(y);
        throw new TheoremException("cannot compare " + b);
    }

    /** {@code s <: r}: Alloy inserts it to disambiguate every field reference; for a field of s it is the field itself. */
    private Expression domain(ExprBinary b) {
        Expression right = expression(b.right);
        if (b.right instanceof Sig.Field f && b.left instanceof Sig s && f.sig.isSameOrDescendentOf(s)) return right;
        Expression left = expression(b.left);
        Expression cols = left;
        for (int i = 1; i < right.arity(); i++) cols = cols.product(Expression.UNIV);
        return cols.intersection(right);
    }

    private Expression range(ExprBinary b) {
        Expression left = expression(b.left), right = expression(b.right);
        Expression cols = right;
        for (int i = 1; i < left.arity(); i++) cols = Expression.UNIV.product(cols);
        return left.intersection(cols);
    }

    /** {@code e in D}, honouring a multiplicity on D ({@code one S}, {@code lone S}, {@code A -> lone B}). */
    public Formula memberOf(Expression e, Expr declared) {
        Expr d = declared;
        while (d instanceof ExprUnary u && u.op == ExprUnary.Op.NOOP) d = u.sub;
        if (d instanceof ExprUnary u) {
            Formula in = e.in(expression(u.sub));
            return switch (u.op) {
                case ONEOF -> e.one().and(in);
                case LONEOF -> e.lone().and(in);
                case SOMEOF -> e.some().and(in);
                case SETOF, EXACTLYOF -> in;
                default -> e.in(expression(d));
            };
        }
        if (d instanceof ExprBinary b && b.op.isArrow && b.op != ExprBinary.Op.ARROW) return arrowMember(e, b);
        return e.in(expression(d));
    }

    private Formula arrowMember(Expression e, ExprBinary b) {
        Expression left = expression(b.left), right = expression(b.right);
        if (left.arity() != 1 || right.arity() != 1) throw new TheoremException("multiplicity arrows are supported between unary sets only: " + b);
        Formula f = e.in(left.product(right));
        String op = b.op.name(); // e.g. ANY_ARROW_LONE: left multiplicity, then right multiplicity
        String leftMult = op.substring(0, op.indexOf("_ARROW_")), rightMult = op.substring(op.indexOf("_ARROW_") + 7);
        Variable x = Variable.unary("m" + fresh++);
        if (!rightMult.equals("ANY")) f = f.and(mult(x.join(e), rightMult).forAll(x.oneOf(left)));
        Variable y = Variable.unary("m" + fresh++);
        if (!leftMult.equals("ANY")) f = f.and(mult(e.join(y), leftMult).forAll(y.oneOf(right)));
        return f;
    }

    private static Formula mult(Expression e, String m) {
        return switch (m) {
            case "ONE" -> e.one();
            case "LONE" -> e.lone();
            case "SOME" -> e.some();
            default -> throw new TheoremException("unsupported multiplicity " + m);
        };
    }

    @Override
    public Object visit(ExprList l) {
        List<Formula> parts = new ArrayList<>();
        switch (l.op) {
            case AND:
                for (Expr a : l.args) parts.add(formula(a));
                return Formula.and(parts);
            case OR:
                for (Expr a : l.args) parts.add(formula(a));
                return Formula.or(parts);
            case DISJOINT:
                List<Expression> sets = new ArrayList<>();
                for (Expr a : l.args) sets.add(expression(a));
                for (int i = 0; i < sets.size(); i++) {
                    for (int j = i + 1; j < sets.size(); j++) parts.add(sets.get(i).intersection(sets.get(j)).no());
                }
                return Formula.and(parts);
            default:
                throw new TheoremException("unsupported list operator " + l.op);
        }
    }

    @Override
    public Object visit(ExprITE ite) {
        Formula c = formula(ite.cond);
        Object l = translate(ite.left), r = translate(ite.right);
        if (l instanceof Formula lf && r instanceof Formula rf) return c.implies(lf).and(c.not().implies(rf));
        if (l instanceof Expression le && r instanceof Expression re) return c.thenElse(le, re);
        throw new TheoremException("unsupported if-then-else " + ite);
    }

    @Override
    public Object visit(ExprLet let) {
        Object value = translate(let.expr);
        Object saved = env.put(let.var, value);
        try {
            return translate(let.sub);
        } finally {
            restore(let.var, saved);
        }
    }

    @Override
    public Object visit(ExprCall call) {
        Func f = call.fun;
        List<ExprVar> params = f.params();
        List<Object> args = new ArrayList<>();
        for (Expr a : call.args) args.add(translate(a));
        List<Object> saved = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) saved.add(env.put(params.get(i), args.get(i)));
        try {
            return translate(f.getBody());
        } finally {
            for (int i = params.size() - 1; i >= 0; i--) restore(params.get(i), saved.get(i));
        }
    }

    @Override
    public Object visit(ExprQt q) {
        List<Variable> vars = new ArrayList<>();
        List<Expression> bounds = new ArrayList<>();
        Decls decls = null;
        Formula disjoint = Formula.TRUE;
        List<Object> saved = new ArrayList<>();
        List<ExprHasName> names = new ArrayList<>();
        try {
            for (Decl d : q.decls) {
                List<Variable> group = new ArrayList<>();
                for (ExprHasName n : d.names) {
                    Expression bound = expression(d.expr);
                    if (bound.arity() != 1) throw new TheoremException("only quantifiers over sets of atoms are supported: " + q);
                    Variable v = Variable.unary(n.label + "_" + fresh++);
                    decls = decls == null ? v.oneOf(bound) : decls.and(v.oneOf(bound));
                    vars.add(v);
                    bounds.add(bound);
                    group.add(v);
                    names.add(n);
                    saved.add(env.put(n, v));
                }
                if (d.disjoint != null) {
                    for (int i = 0; i < group.size(); i++) {
                        for (int j = i + 1; j < group.size(); j++) disjoint = disjoint.and(group.get(i).eq(group.get(j)).not());
                    }
                }
            }
            if (q.op == ExprQt.Op.COMPREHENSION) return disjoint.and(formula(q.sub)).comprehension(decls);
            Formula body = formula(q.sub);
            return switch (q.op) {
                case ALL -> disjoint.implies(body).forAll(decls);
                case SOME -> disjoint.and(body).forSome(decls);
                case NO -> disjoint.and(body).forSome(decls).not();
                case ONE -> disjoint.and(body).comprehension(decls).one();
                case LONE -> disjoint.and(body).comprehension(decls).lone();
                default -> throw new TheoremException("unsupported quantifier " + q.op + " (sum is not used)");
            };
        } finally {
            for (int i = names.size() - 1; i >= 0; i--) restore(names.get(i), saved.get(i));
        }
    }

    private void restore(ExprHasName name, Object saved) {
        if (saved == null) env.remove(name);
        else env.put(name, saved);
    }

    @Override
    public Object visit(Func f) {
        throw new TheoremException("a function is referenced without being called: " + f.label);
    }

    @Override
    public Object visit(Assert a) {
        return formula(a.expr);
    }

    @Override
    public Object visit(edu.mit.csail.sdg.parser.Macro m) {
        throw new TheoremException("macros are not supported: " + m);
    }
}
