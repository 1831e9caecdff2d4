package org.threatloom.catalog.rules.expr;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;

/** Static type of a condition expression: a scalar kind, its enum or class, and whether it is a collection. */
public record Type(Kind kind, EEnum eEnum, EClass eClass, boolean many) {

    public enum Kind { BOOL, INT, STRING, ENUM, OBJECT, NULL, LITERAL }

    public static final Type BOOL = new Type(Kind.BOOL, null, null, false);
    public static final Type INT = new Type(Kind.INT, null, null, false);
    public static final Type STRING = new Type(Kind.STRING, null, null, false);
    public static final Type NULL = new Type(Kind.NULL, null, null, false);
    /** An ALL_CAPS identifier whose enum is not known until it is compared with something. */
    public static final Type LITERAL = new Type(Kind.LITERAL, null, null, false);

    public static Type object(EClass c, boolean many) {
        return new Type(Kind.OBJECT, null, c, many);
    }

    public static Type enumeration(EEnum e, boolean many) {
        return new Type(Kind.ENUM, e, null, many);
    }

    /** The type of a feature's values; null for data types the language does not handle. */
    public static Type of(EClassifier c, boolean many) {
        if (c instanceof EClass ec) return object(ec, many);
        if (c instanceof EEnum en) return enumeration(en, many);
        if (c instanceof EDataType dt) {
            Class<?> ic = dt.getInstanceClass();
            if (ic == boolean.class || ic == Boolean.class) return new Type(Kind.BOOL, null, null, many);
            if (ic == int.class || ic == Integer.class) return new Type(Kind.INT, null, null, many);
            if (ic == String.class) return new Type(Kind.STRING, null, null, many);
        }
        return null;
    }

    public Type single() {
        return many ? new Type(kind, eEnum, eClass, false) : this;
    }

    public Type asMany() {
        return many ? this : new Type(kind, eEnum, eClass, true);
    }

    public boolean isBool() {
        return kind == Kind.BOOL && !many;
    }

    public boolean isObject() {
        return kind == Kind.OBJECT;
    }

    public boolean sameScalar(Type o) {
        if (kind != o.kind) return false;
        return switch (kind) {
            case ENUM -> eEnum == o.eEnum;
            default -> true;
        };
    }

    public String describe() {
        String base = switch (kind) {
            case BOOL -> "boolean";
            case INT -> "integer";
            case STRING -> "text";
            case ENUM -> eEnum.getName();
            case OBJECT -> eClass.getName();
            case NULL -> "null";
            case LITERAL -> "literal";
        };
        return many ? "collection of " + base : base;
    }
}
