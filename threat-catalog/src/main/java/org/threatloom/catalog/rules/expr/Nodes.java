package org.threatloom.catalog.rules.expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** The executable node types. Small, final and allocation-free on the hot path where possible. */
final class Nodes {
    private Nodes() {}

    static final class Const extends Expr {
        final Object value;
        private final String text;

        Const(Type type, Object value, String text) {
            super(type);
            this.value = value;
            this.text = text;
        }

        @Override public Object eval(Scope s) { return value; }
        @Override public String render() { return text; }
    }

    static final class Self extends Expr {
        Self(Type t) { super(t); }
        @Override public Object eval(Scope s) { return s.self(); }
        @Override public String render() { return "self"; }
    }

    static final class It extends Expr {
        It(Type t) { super(t); }
        @Override public Object eval(Scope s) { return s.it(); }
        @Override public String render() { return "it"; }
    }

    /** A real metamodel feature, navigated from a single object or mapped over a collection. */
    static final class Feature extends Expr {
        final Expr base;
        final EStructuralFeature feature;
        private final boolean implicit;
        /** True when the base's static type already guarantees the feature exists on every value. */
        private final boolean guaranteed;

        Feature(Type t, Expr base, EStructuralFeature feature, boolean implicit) {
            super(t);
            this.base = base;
            this.feature = feature;
            this.implicit = implicit;
            this.guaranteed = base.type().eClass() != null && feature.getEContainingClass().isSuperTypeOf(base.type().eClass());
        }

        @Override
        public Object eval(Scope s) {
            Object b = base.eval(s);
            if (b instanceof EObject o) return get(o);
            if (b instanceof Collection<?> c) {
                List<Object> out = new ArrayList<>();
                for (Object x : c) {
                    Object v = get((EObject) x);
                    if (v instanceof Collection<?> vc) out.addAll(vc);
                    else if (v != null) out.add(v);
                }
                return out;
            }
            return type().kind() == Type.Kind.BOOL && !type().many() ? Boolean.FALSE : null;
        }

        private Object get(EObject o) {
            if (!guaranteed && !feature.getEContainingClass().isInstance(o)) return null;
            return o.eGet(feature);
        }

        @Override public String render() { return implicit ? feature.getName() : base.render() + "." + feature.getName(); }
    }

    /** A neighbour (derived relation) from {@link Neighbours}. */
    static final class Derived extends Expr {
        final Expr base;
        final Neighbours.Neighbour neighbour;
        private final boolean implicit;

        Derived(Type t, Expr base, Neighbours.Neighbour neighbour, boolean implicit) {
            super(t);
            this.base = base;
            this.neighbour = neighbour;
            this.implicit = implicit;
        }

        @Override
        public Object eval(Scope s) {
            Object b = base.eval(s);
            if (b instanceof EObject o) return neighbour.owner().isInstance(o) ? neighbour.get(o, s.index()) : null;
            if (b instanceof Collection<?> c) {
                List<Object> out = new ArrayList<>();
                for (Object x : c) {
                    if (!neighbour.owner().isInstance(x)) continue;
                    Object v = neighbour.get((EObject) x, s.index());
                    if (v instanceof Collection<?> vc) out.addAll(vc);
                    else if (v != null) out.add(v);
                }
                return out;
            }
            return type().kind() == Type.Kind.BOOL && !type().many() ? Boolean.FALSE : null;
        }

        @Override public String render() { return implicit ? neighbour.name() : base.render() + "." + neighbour.name(); }
    }

    static final class Filter extends Expr {
        final Expr base;
        final EClass eClass;

        Filter(Type t, Expr base, EClass eClass) {
            super(t);
            this.base = base;
            this.eClass = eClass;
        }

        @Override
        public Object eval(Scope s) {
            Object b = base.eval(s);
            if (b instanceof Collection<?> c) {
                List<Object> out = new ArrayList<>();
                for (Object x : c) if (eClass.isInstance(x)) out.add(x);
                return out;
            }
            return eClass.isInstance(b) ? b : null;
        }

        @Override public String render() { return base.render() + "[" + eClass.getName() + "]"; }
    }

    static final class Not extends Expr {
        final Expr operand;

        Not(Expr operand) {
            super(Type.BOOL);
            this.operand = operand;
        }

        @Override public Object eval(Scope s) { return !operand.test(s); }
        @Override public String render() { return "not " + wrap(operand); }

        @Override
        public Trace trace(Scope s) {
            Trace inner = operand.trace(s);
            return node(render(), eval(s), List.of(inner));
        }
    }

    static final class Logic extends Expr {
        final boolean and;
        final Expr left;
        final Expr right;

        Logic(boolean and, Expr left, Expr right) {
            super(Type.BOOL);
            this.and = and;
            this.left = left;
            this.right = right;
        }

        @Override
        public Object eval(Scope s) {
            return and ? left.test(s) && right.test(s) : left.test(s) || right.test(s);
        }

        @Override public String render() { return wrap(left) + (and ? " and " : " or ") + wrap(right); }

        @Override
        public Trace trace(Scope s) {
            return node(render(), eval(s), List.of(left.trace(s), right.trace(s)));
        }
    }

    static final class Compare extends Expr {
        final String op;
        final Expr left;
        final Expr right;

        Compare(String op, Expr left, Expr right) {
            super(Type.BOOL);
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        public Object eval(Scope s) {
            Object a = left.eval(s), b = right.eval(s);
            switch (op) {
                case "==": return Values.equal(a, b);
                case "!=": return !Values.equal(a, b);
                default:
                    Integer c = Values.compare(a, b);
                    if (c == null) return false;
                    return switch (op) {
                        case "<" -> c < 0;
                        case "<=" -> c <= 0;
                        case ">" -> c > 0;
                        default -> c >= 0;
                    };
            }
        }

        @Override public String render() { return left.render() + " " + op + " " + right.render(); }

        @Override
        public Trace trace(Scope s) {
            return node(render(), eval(s), List.of(left.trace(s), right.trace(s)));
        }
    }

    static final class In extends Expr {
        final Expr left;
        final List<Object> values;
        private final String items;

        In(Expr left, List<Object> values, String items) {
            super(Type.BOOL);
            this.left = left;
            this.values = values;
            this.items = items;
        }

        @Override
        public Object eval(Scope s) {
            Object a = left.eval(s);
            for (Object v : values) if (Values.equal(a, v)) return true;
            return false;
        }

        @Override public String render() { return left.render() + " in [" + items + "]"; }

        @Override
        public Trace trace(Scope s) {
            return node(render(), eval(s), List.of(left.trace(s)));
        }
    }

    static final class Contains extends Expr {
        final Expr left;
        final Expr right;

        Contains(Expr left, Expr right) {
            super(Type.BOOL);
            this.left = left;
            this.right = right;
        }

        @Override
        public Object eval(Scope s) {
            Object a = left.eval(s), b = right.eval(s);
            if (a instanceof String x && b instanceof String y) return x.toLowerCase().contains(y.toLowerCase());
            if (a instanceof Collection<?> c) {
                for (Object x : c) {
                    if (x instanceof String xs && b instanceof String bs ? xs.equalsIgnoreCase(bs) : Values.equal(x, b)) return true;
                }
            }
            return false;
        }

        @Override public String render() { return left.render() + " contains " + right.render(); }

        @Override
        public Trace trace(Scope s) {
            return node(render(), eval(s), List.of(left.trace(s)));
        }
    }

    static final class Is extends Expr {
        final Expr left;
        final EClass eClass;

        Is(Expr left, EClass eClass) {
            super(Type.BOOL);
            this.left = left;
            this.eClass = eClass;
        }

        @Override public Object eval(Scope s) { return eClass.isInstance(left.eval(s)); }
        @Override public String render() { return left.render() + " is " + eClass.getName(); }
    }

    enum Quantifier { ANY, ALL, NONE }

    static final class Quant extends Expr {
        final Quantifier q;
        final Expr collection;
        final Expr predicate;

        Quant(Quantifier q, Expr collection, Expr predicate) {
            super(Type.BOOL);
            this.q = q;
            this.collection = collection;
            this.predicate = predicate;
        }

        @Override
        public Object eval(Scope s) {
            for (Object x : items(collection.eval(s))) {
                boolean p = predicate.test(s.with(x));
                if (q == Quantifier.ANY && p) return true;
                if (q == Quantifier.ALL && !p) return false;
                if (q == Quantifier.NONE && p) return false;
            }
            return q != Quantifier.ANY;
        }

        @Override public String render() { return q.name().toLowerCase() + "(" + collection.render() + ", " + predicate.render() + ")"; }

        @Override
        public Trace trace(Scope s) {
            List<Trace> children = new ArrayList<>();
            children.add(collection.trace(s));
            for (Object x : items(collection.eval(s))) {
                boolean p = predicate.test(s.with(x));
                boolean decisive = (q == Quantifier.ALL) != p;
                if (decisive) {
                    Trace witness = predicate.trace(s.with(x));
                    children.add(new Trace("for " + Values.show(x) + ": " + witness.expression(), witness.value(), witness.children()));
                    break;
                }
            }
            return node(render(), eval(s), children);
        }
    }

    static final class Count extends Expr {
        final Expr collection;
        final Expr predicate;

        Count(Expr collection, Expr predicate) {
            super(Type.INT);
            this.collection = collection;
            this.predicate = predicate;
        }

        @Override
        public Object eval(Scope s) {
            int n = 0;
            for (Object x : items(collection.eval(s))) if (predicate == null || predicate.test(s.with(x))) n++;
            return n;
        }

        @Override public String render() { return "count(" + collection.render() + (predicate == null ? "" : ", " + predicate.render()) + ")"; }
    }

    static final class Emptiness extends Expr {
        final boolean exists;
        final Expr operand;

        Emptiness(boolean exists, Expr operand) {
            super(Type.BOOL);
            this.exists = exists;
            this.operand = operand;
        }

        @Override public Object eval(Scope s) { return exists != Values.empty(operand.eval(s)); }
        @Override public String render() { return (exists ? "exists(" : "empty(") + operand.render() + ")"; }

        @Override
        public Trace trace(Scope s) {
            return node(render(), eval(s), List.of(operand.trace(s)));
        }
    }

    static final class Extreme extends Expr {
        final boolean max;
        final Expr operand;

        Extreme(Type t, boolean max, Expr operand) {
            super(t);
            this.max = max;
            this.operand = operand;
        }

        @Override
        public Object eval(Scope s) {
            Object best = null;
            for (Object x : items(operand.eval(s))) {
                if (best == null) best = x;
                else {
                    Integer c = Values.compare(x, best);
                    if (c != null && (max ? c > 0 : c < 0)) best = x;
                }
            }
            return best;
        }

        @Override public String render() { return (max ? "max(" : "min(") + operand.render() + ")"; }
    }

    static Collection<?> items(Object v) {
        if (v == null) return List.of();
        if (v instanceof Collection<?> c) return c;
        return List.of(v);
    }

    static String wrap(Expr e) {
        return e instanceof Logic ? "(" + e.render() + ")" : e.render();
    }

    static String join(List<Expr> items) {
        return items.stream().map(Expr::render).collect(Collectors.joining(", "));
    }
}
