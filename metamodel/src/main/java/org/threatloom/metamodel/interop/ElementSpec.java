package org.threatloom.metamodel.interop;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.threatloom.model.ThreatloomFactory;

/**
 * One row of a mapping table: the metamodel class a source type maps to (null: keep the class chosen so far) and
 * attribute values to set. Built only by {@link MappingTable}, which has checked both against the metamodel.
 */
public record ElementSpec(EClass type, Map<EStructuralFeature, Object> values) {

    public ElementSpec {
        values = Map.copyOf(values);
    }

    /** A new instance of {@link #type()} with the values set. */
    public EObject create() {
        EObject o = ThreatloomFactory.eINSTANCE.create(type);
        applyTo(o);
        return o;
    }

    /** Sets the values the object's class has; returns the names of those it does not have. */
    @SuppressWarnings("unchecked")
    public List<String> applyTo(EObject o) {
        List<String> skipped = new java.util.ArrayList<>();
        for (Map.Entry<EStructuralFeature, Object> e : values.entrySet()) {
            EStructuralFeature f = e.getKey();
            if (!f.getEContainingClass().isSuperTypeOf(o.eClass())) {
                skipped.add(f.getName());
                continue;
            }
            if (f.isMany()) {
                Collection<Object> list = (Collection<Object>) o.eGet(f);
                for (Object v : (Collection<?>) e.getValue()) if (!list.contains(v)) list.add(v);
            } else {
                o.eSet(f, e.getValue());
            }
        }
        return skipped;
    }

    /** Whether the object is of this type (when given) and has every value (used to map back on export). */
    public boolean matches(EObject o) {
        if (type != null && !type.isInstance(o)) return false;
        for (Map.Entry<EStructuralFeature, Object> e : values.entrySet()) {
            EStructuralFeature f = e.getKey();
            if (!f.getEContainingClass().isSuperTypeOf(o.eClass())) return false;
            Object actual = o.eGet(f);
            if (f.isMany() ? !((Collection<?>) actual).containsAll((Collection<?>) e.getValue()) : !Objects.equals(actual, e.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** This spec's type, or {@code fallback} when it only sets values. */
    public EClass typeOr(EClass fallback) {
        return type == null ? fallback : type;
    }
}
