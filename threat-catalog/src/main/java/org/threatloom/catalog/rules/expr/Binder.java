package org.threatloom.catalog.rules.expr;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.threatloom.model.ThreatloomPackage;

/**
 * Type-checks a parsed condition against the metamodel and produces its executable form. Every name must be a
 * feature or neighbour of the type in context, every literal a literal of the enum it is compared with, every
 * type name a metamodel class: anything else is a {@link ConditionException} at its position.
 */
public final class Binder {
    private final EClass selfType;

    private Binder(EClass selfType) {
        this.selfType = selfType;
    }

    /** Parses and type-checks a condition for elements of {@code type}. */
    public static Expr compile(String condition, EClass type) throws ConditionException {
        if (condition == null || condition.isBlank()) throw new ConditionException(0, "empty condition (write 'true' to fire on every element)");
        Ast ast = Parser.parse(condition);
        Binder b = new Binder(type);
        Expr e = b.bind(ast, Type.object(type, false));
        if (!e.type().isBool()) throw new ConditionException(0, "a condition must be true or false, but this is " + e.type().describe());
        return e;
    }

    /** Looks up a metamodel class by name (for appliesTo, filters and 'is'). */
    public static EClass eClass(String name) {
        EClassifier c = ThreatloomPackage.eINSTANCE.getEClassifier(name);
        return c instanceof EClass ec ? ec : null;
    }

    private Expr bind(Ast ast, Type context) throws ConditionException {
        if (ast instanceof Ast.Literal l) return literal(l);
        if (ast instanceof Ast.Name n) return name(n, context);
        if (ast instanceof Ast.Path p) return path(p, context);
        if (ast instanceof Ast.Filter f) return filter(f, context);
        if (ast instanceof Ast.Not n) return new Nodes.Not(bool(n.operand(), context, "'not'"));
        if (ast instanceof Ast.Logic l) {
            String op = l.and() ? "'and'" : "'or'";
            return new Nodes.Logic(l.and(), bool(l.left(), context, op), bool(l.right(), context, op));
        }
        if (ast instanceof Ast.Compare c) return compare(c, context);
        if (ast instanceof Ast.In in) return in(in, context);
        if (ast instanceof Ast.Contains c) return contains(c, context);
        if (ast instanceof Ast.Is is) return is(is, context);
        return call((Ast.Call) ast, context);
    }

    private static Expr literal(Ast.Literal l) {
        Object v = l.value();
        if (v == null) return new Nodes.Const(Type.NULL, null, "null");
        if (v instanceof Boolean b) return new Nodes.Const(Type.BOOL, b, b.toString());
        if (v instanceof Integer i) return new Nodes.Const(Type.INT, i, i.toString());
        return new Nodes.Const(Type.STRING, v, "'" + v + "'");
    }

    private Expr name(Ast.Name n, Type context) throws ConditionException {
        String name = n.name();
        if (name.equals("self")) return new Nodes.Self(Type.object(selfType, false));
        if (name.equals("it")) return new Nodes.It(context.single());
        if (isLiteralName(name)) return new PendingLiteral(n.pos(), name);
        if (!context.isObject()) {
            throw new ConditionException(n.pos(), "'" + name + "': inside a quantifier over " + context.describe()
                    + " values only 'it' (the value) and 'self' are available");
        }
        return member(new Nodes.It(context.single()), name, n.pos(), true);
    }

    private Expr path(Ast.Path p, Type context) throws ConditionException {
        Expr base = bind(p.base(), context);
        if (!base.type().isObject()) {
            throw new ConditionException(p.pos(), "'." + p.feature() + "' needs an element on its left, but '" + base.render() + "' is "
                    + base.type().describe());
        }
        return member(base, p.feature(), p.pos(), false);
    }

    private Expr member(Expr base, String name, int pos, boolean implicit) throws ConditionException {
        Type bt = base.type();
        EClass owner = bt.eClass();
        EStructuralFeature f = owner.getEStructuralFeature(name);
        if (f != null) {
            Type ft = Type.of(f.getEType(), f.isMany());
            if (ft == null) throw new ConditionException(pos, owner.getName() + "." + name + " has a type conditions cannot use");
            if (bt.many()) ft = ft.asMany();
            return new Nodes.Feature(ft, base, f, implicit);
        }
        Neighbours.Neighbour n = Neighbours.lookup(owner, name);
        if (n != null) {
            Type nt = bt.many() ? n.type().asMany() : n.type();
            return new Nodes.Derived(nt, base, n, implicit);
        }
        throw new ConditionException(pos, owner.getName() + " has no property '" + name + "'" + hint(owner, name));
    }

    private static String hint(EClass owner, String name) {
        for (EStructuralFeature f : owner.getEAllStructuralFeatures()) {
            if (f.getName().equalsIgnoreCase(name)) return " (did you mean '" + f.getName() + "'?)";
        }
        for (EClass sub : subclassesHaving(name)) {
            return " (it is a property of " + sub.getName() + ": apply the rule to that type or filter with [" + sub.getName() + "])";
        }
        return "";
    }

    private static List<EClass> subclassesHaving(String name) {
        List<EClass> out = new ArrayList<>();
        for (EClassifier c : ThreatloomPackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof EClass ec && ec.getEStructuralFeature(name) != null) out.add(ec);
        }
        return out;
    }

    private Expr filter(Ast.Filter f, Type context) throws ConditionException {
        Expr base = bind(f.base(), context);
        if (!base.type().isObject()) throw new ConditionException(f.pos(), "[" + f.type() + "] filters elements, but '" + base.render() + "' is " + base.type().describe());
        EClass c = type(f.type(), f.pos());
        if (!base.type().eClass().isSuperTypeOf(c) && !c.isSuperTypeOf(base.type().eClass())) {
            throw new ConditionException(f.pos(), base.render() + " holds " + base.type().eClass().getName() + " elements, which are never " + c.getName());
        }
        return new Nodes.Filter(Type.object(c, base.type().many()), base, c);
    }

    private Expr bool(Ast ast, Type context, String what) throws ConditionException {
        Expr e = bind(ast, context);
        if (!e.type().isBool()) {
            String tip = e.type().kind() == Type.Kind.BOOL ? " (a collection of booleans: use any(...) or all(...))" : "";
            throw new ConditionException(ast.pos(), what + " needs true/false, but '" + e.render() + "' is " + e.type().describe() + tip);
        }
        return e;
    }

    private Expr compare(Ast.Compare c, Type context) throws ConditionException {
        Expr l = bind(c.left(), context), r = bind(c.right(), context);
        if (l instanceof PendingLiteral pl && !(r instanceof PendingLiteral)) l = pl.resolve(r.type());
        if (r instanceof PendingLiteral pr) r = pr.resolve(l.type());
        Type lt = l.type(), rt = r.type();
        if (lt.many() || rt.many()) {
            throw new ConditionException(c.pos(), "cannot compare a collection with '" + c.op() + "' ('" + (lt.many() ? l : r).render()
                    + "'): use contains, any(...) or count(...)");
        }
        boolean equality = c.op().equals("==") || c.op().equals("!=");
        if (equality) {
            boolean ok = lt.kind() == Type.Kind.NULL || rt.kind() == Type.Kind.NULL || lt.sameScalar(rt);
            if (!ok) throw new ConditionException(c.pos(), "cannot compare " + lt.describe() + " with " + rt.describe());
        } else {
            boolean ordered = (lt.kind() == Type.Kind.INT || lt.kind() == Type.Kind.ENUM) && lt.sameScalar(rt);
            if (!ordered) throw new ConditionException(c.pos(), "'" + c.op() + "' orders integers or literals of one enum, not "
                    + lt.describe() + " and " + rt.describe());
        }
        return new Nodes.Compare(c.op(), l, r);
    }

    private Expr in(Ast.In in, Type context) throws ConditionException {
        Expr l = bind(in.left(), context);
        if (l.type().many() || l.type().kind() == Type.Kind.OBJECT || l.type().kind() == Type.Kind.LITERAL) {
            throw new ConditionException(in.pos(), "'in' needs a single value on its left, but '" + l.render() + "' is " + l.type().describe());
        }
        List<Object> values = new ArrayList<>();
        List<Expr> items = new ArrayList<>();
        for (Ast item : in.items()) {
            Expr e = bind(item, context);
            if (e instanceof PendingLiteral p) e = p.resolve(l.type());
            if (!(e instanceof Nodes.Const k) || !e.type().sameScalar(l.type())) {
                throw new ConditionException(item.pos(), "list items must be " + l.type().describe() + " constants");
            }
            values.add(k.value);
            items.add(e);
        }
        return new Nodes.In(l, values, Nodes.join(items));
    }

    private Expr contains(Ast.Contains c, Type context) throws ConditionException {
        Expr l = bind(c.left(), context), r = bind(c.right(), context);
        Type lt = l.type();
        if (r instanceof PendingLiteral p) r = p.resolve(lt.single());
        if (lt.kind() == Type.Kind.STRING && !lt.many()) {
            if (r.type().kind() != Type.Kind.STRING) throw new ConditionException(c.pos(), "text contains text, not " + r.type().describe());
            return new Nodes.Contains(l, r);
        }
        if (!lt.many()) throw new ConditionException(c.pos(), "'contains' needs a collection or text on its left, but '" + l.render() + "' is " + lt.describe());
        if (r.type().many() || !(lt.single().sameScalar(r.type()) || (lt.isObject() && r.type().isObject()))) {
            throw new ConditionException(c.pos(), l.render() + " holds " + lt.single().describe() + ", not " + r.type().describe());
        }
        return new Nodes.Contains(l, r);
    }

    private Expr is(Ast.Is is, Type context) throws ConditionException {
        Expr l = bind(is.left(), context);
        if (!l.type().isObject() || l.type().many()) throw new ConditionException(is.pos(), "'is' tests one element, but '" + l.render() + "' is " + l.type().describe());
        return new Nodes.Is(l, type(is.type(), is.pos()));
    }

    private Expr call(Ast.Call call, Type context) throws ConditionException {
        String f = call.function();
        List<Ast> args = call.args();
        switch (f) {
            case "any", "all", "none" -> {
                arity(call, 2, 2);
                Expr coll = bind(args.get(0), context);
                Type element = elementType(coll, call, f);
                Expr pred = bool(args.get(1), element, f + "(...)");
                return new Nodes.Quant(Nodes.Quantifier.valueOf(f.toUpperCase()), coll, pred);
            }
            case "count" -> {
                arity(call, 1, 2);
                Expr coll = bind(args.get(0), context);
                Type element = elementType(coll, call, f);
                Expr pred = args.size() == 2 ? bool(args.get(1), element, "count(...)") : null;
                return new Nodes.Count(coll, pred);
            }
            case "empty", "exists" -> {
                arity(call, 1, 1);
                Expr e = bind(args.get(0), context);
                if (e instanceof PendingLiteral) throw new ConditionException(call.pos(), f + "(...) needs a property, not a literal");
                return new Nodes.Emptiness(f.equals("exists"), e);
            }
            case "max", "min" -> {
                arity(call, 1, 1);
                Expr e = bind(args.get(0), context);
                Type t = e.type();
                if (t.kind() != Type.Kind.INT && t.kind() != Type.Kind.ENUM) {
                    throw new ConditionException(call.pos(), f + "(...) needs integers or enum literals, but '" + e.render() + "' is " + t.describe());
                }
                return new Nodes.Extreme(t.single(), f.equals("max"), e);
            }
            default -> throw new ConditionException(call.pos(), "unknown function '" + f + "' (known: any, all, none, count, empty, exists, max, min)");
        }
    }

    /** What a quantifier iterates over: the elements of a collection (or the one element of a single value). */
    private static Type elementType(Expr coll, Ast.Call call, String f) throws ConditionException {
        Type t = coll.type();
        if (t.kind() == Type.Kind.LITERAL || t.kind() == Type.Kind.NULL || (!t.many() && !t.isObject())) {
            throw new ConditionException(call.pos(), f + "(...) iterates over a collection or an element, but '" + coll.render() + "' is " + t.describe());
        }
        return t.single();
    }

    private static void arity(Ast.Call call, int min, int max) throws ConditionException {
        int n = call.args().size();
        if (n < min || n > max) {
            throw new ConditionException(call.pos(), call.function() + "(...) takes " + (min == max ? String.valueOf(min) : min + " or " + max)
                    + " argument(s), not " + n);
        }
    }

    private static EClass type(String name, int pos) throws ConditionException {
        EClass c = eClass(name);
        if (c == null) throw new ConditionException(pos, "unknown type '" + name + "'");
        return c;
    }

    static boolean isLiteralName(String name) {
        if (!Character.isUpperCase(name.charAt(0))) return false;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (!(Character.isUpperCase(ch) || Character.isDigit(ch) || ch == '_')) return false;
        }
        return true;
    }

    /** An enum literal waiting for the type it is compared with. */
    private static final class PendingLiteral extends Expr {
        private final int pos;
        private final String name;

        PendingLiteral(int pos, String name) {
            super(Type.LITERAL);
            this.pos = pos;
            this.name = name;
        }

        Expr resolve(Type against) throws ConditionException {
            if (against.kind() != Type.Kind.ENUM) {
                throw new ConditionException(pos, "'" + name + "' is an enum literal, but it is compared with " + against.describe());
            }
            EEnumLiteral lit = against.eEnum().getEEnumLiteral(name);
            if (lit == null) {
                throw new ConditionException(pos, "'" + name + "' is not a literal of " + against.eEnum().getName() + " (literals: "
                        + String.join(", ", against.eEnum().getELiterals().stream().map(EEnumLiteral::getName).toList()) + ")");
            }
            return new Nodes.Const(Type.enumeration(against.eEnum(), false), lit.getInstance(), name);
        }

        @Override
        public Object eval(Scope scope) {
            throw new IllegalStateException("unresolved literal " + name);
        }

        @Override
        public String render() {
            return name;
        }
    }
}
