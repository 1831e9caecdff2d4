package org.threatloom.catalog.rules.expr;

import java.util.List;

/** The untyped syntax tree the parser produces; {@link Binder} type-checks it against the metamodel. */
sealed interface Ast {
    int pos();

    record Literal(int pos, Object value) implements Ast {}

    /** A bare identifier: a property of the context element, self/it, or (ALL_CAPS) an enum literal. */
    record Name(int pos, String name) implements Ast {}

    record Path(int pos, Ast base, String feature) implements Ast {}

    record Filter(int pos, Ast base, String type) implements Ast {}

    record Not(int pos, Ast operand) implements Ast {}

    record Logic(int pos, boolean and, Ast left, Ast right) implements Ast {}

    record Compare(int pos, String op, Ast left, Ast right) implements Ast {}

    record In(int pos, Ast left, List<Ast> items) implements Ast {}

    record Contains(int pos, Ast left, Ast right) implements Ast {}

    record Is(int pos, Ast left, String type) implements Ast {}

    record Call(int pos, String function, List<Ast> args) implements Ast {}
}
