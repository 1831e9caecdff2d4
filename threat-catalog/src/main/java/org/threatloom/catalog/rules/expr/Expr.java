package org.threatloom.catalog.rules.expr;

import java.util.List;

/** A type-checked, executable condition expression. Built only by {@link Binder}. */
public abstract class Expr {
    private final Type type;

    Expr(Type type) {
        this.type = type;
    }

    public Type type() {
        return type;
    }

    /** The value on this scope: Boolean, Integer, String, an EMF enum literal, an EObject, a List, or null. */
    public abstract Object eval(Scope scope);

    /** Canonical source text of this expression. */
    public abstract String render();

    /** Evaluation with every sub-expression's value, for explanations (slower than {@link #eval}). */
    public Trace trace(Scope scope) {
        return Trace.leaf(render(), eval(scope));
    }

    public boolean test(Scope scope) {
        return Values.truthy(eval(scope));
    }

    @Override
    public String toString() {
        return render();
    }

    static Trace node(String text, Object value, List<Trace> children) {
        return new Trace(text, Values.show(value), children);
    }
}
