package org.threatloom.catalog.rules.expr;

import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.threatloom.metamodel.query.Labels;

/** Runtime value helpers: truth, equality, order and display of condition values. */
final class Values {
    private Values() {}

    static boolean truthy(Object v) {
        return v instanceof Boolean b && b;
    }

    static boolean empty(Object v) {
        return v == null || (v instanceof Collection<?> c && c.isEmpty());
    }

    static boolean equal(Object a, Object b) {
        if (a == b) return true;
        if (a == null || b == null) return false;
        if (a instanceof Enumerator x && b instanceof Enumerator y) return x.getValue() == y.getValue();
        if (a instanceof EObject || b instanceof EObject) return false;
        return a.equals(b);
    }

    /** Order of ints and enum literals; null when either side is missing. */
    static Integer compare(Object a, Object b) {
        if (a == null || b == null) return null;
        if (a instanceof Enumerator x && b instanceof Enumerator y) return Integer.compare(x.getValue(), y.getValue());
        if (a instanceof Integer x && b instanceof Integer y) return Integer.compare(x, y);
        return null;
    }

    static String show(Object v) {
        if (v == null) return "null";
        if (v instanceof Enumerator e) return e.getLiteral();
        if (v instanceof EObject o) return Labels.of(o);
        if (v instanceof String s) return "'" + s + "'";
        if (v instanceof Collection<?> c) {
            if (c.size() > 8) return "[" + c.stream().limit(8).map(Values::show).collect(Collectors.joining(", ")) + ", ... " + c.size() + " in all]";
            return "[" + c.stream().map(Values::show).collect(Collectors.joining(", ")) + "]";
        }
        return String.valueOf(v);
    }
}
