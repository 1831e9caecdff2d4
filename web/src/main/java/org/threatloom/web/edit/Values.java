package org.threatloom.web.edit;

import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.threatloom.model.ModelElement;

import com.fasterxml.jackson.databind.JsonNode;

/** Converts JSON values to the Ecore type of a feature, and refuses anything that does not fit. */
final class Values {
    static final int MAX_TEXT = 10_000;

    private Values() {}

    static Object attribute(EAttribute a, JsonNode v) throws EditException {
        if (v == null || v.isNull()) return null;
        EDataType t = a.getEAttributeType();
        if (t instanceof EEnum e) {
            if (!v.isTextual()) throw new EditException(a.getName() + ": expected one of " + literals(e));
            EEnumLiteral lit = e.getEEnumLiteralByLiteral(v.asText());
            if (lit == null) lit = e.getEEnumLiteral(v.asText());
            if (lit == null) throw new EditException(a.getName() + ": '" + v.asText() + "' is not one of " + literals(e));
            return lit.getInstance();
        }
        Class<?> c = t.getInstanceClass();
        if (c == boolean.class || c == Boolean.class) {
            if (v.isBoolean()) return v.booleanValue();
            if (v.isTextual() && (v.asText().equals("true") || v.asText().equals("false"))) return Boolean.valueOf(v.asText());
            throw new EditException(a.getName() + ": expected true or false");
        }
        if (c == int.class || c == Integer.class) {
            if (v.isIntegralNumber() && v.canConvertToInt()) return v.intValue();
            if (v.isTextual()) {
                try {
                    return Integer.parseInt(v.asText().trim());
                } catch (NumberFormatException e) {
                    // fall through
                }
            }
            throw new EditException(a.getName() + ": expected a whole number");
        }
        if (c == String.class) {
            if (!v.isValueNode()) throw new EditException(a.getName() + ": expected text");
            String s = v.asText();
            if (s.length() > MAX_TEXT) throw new EditException(a.getName() + ": text longer than " + MAX_TEXT + " characters");
            return s;
        }
        if (t == EcorePackage.Literals.EDOUBLE && v.isNumber()) return v.doubleValue();
        throw new EditException(a.getName() + ": values of type " + t.getName() + " cannot be edited");
    }

    /** Resolves an element id for a non-containment reference, checking the referenced type. */
    static EObject reference(EReference r, JsonNode v, Map<String, ModelElement> index) throws EditException {
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new EditException(r.getName() + ": expected an element id");
        ModelElement target = index.get(v.asText());
        if (target == null) throw new EditException(r.getName() + ": no element with id '" + v.asText() + "'");
        EClass want = r.getEReferenceType();
        if (!want.isSuperTypeOf(target.eClass())) {
            throw new EditException(r.getName() + ": '" + v.asText() + "' is a " + target.eClass().getName() + ", expected a " + want.getName());
        }
        return target;
    }

    static String literals(EEnum e) {
        return e.getELiterals().stream().map(EEnumLiteral::getLiteral).toList().toString();
    }
}
