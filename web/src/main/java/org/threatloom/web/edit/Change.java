package org.threatloom.web.edit;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One primitive change to the model, reversible: what undo and redo replay. Changes hold the objects themselves,
 * so an element deleted and restored by undo keeps its identity, id and contents.
 */
public sealed interface Change {

    EObject owner();

    void apply();

    void revert();

    /** A single-valued feature (or an unset) from {@code before} to {@code after}. */
    record Set(EObject owner, EStructuralFeature feature, Object before, boolean wasSet, Object after, boolean isSet) implements Change {
        @Override public void apply() { assign(after, isSet); }

        @Override public void revert() { assign(before, wasSet); }

        private void assign(Object v, boolean set) {
            if (set) owner.eSet(feature, v);
            else owner.eUnset(feature);
        }
    }

    /** A value added to a many-valued feature at an index (for containment: an element created or moved in). */
    record Add(EObject owner, EStructuralFeature feature, Object value, int index) implements Change {
        @Override public void apply() { list(owner, feature).add(Math.min(index, list(owner, feature).size()), value); }

        @Override public void revert() { list(owner, feature).remove(value); }
    }

    /** A value removed from a many-valued feature at an index. */
    record Remove(EObject owner, EStructuralFeature feature, Object value, int index) implements Change {
        @Override public void apply() { list(owner, feature).remove(value); }

        @Override public void revert() { list(owner, feature).add(Math.min(index, list(owner, feature).size()), value); }
    }

    /** A diagram position (kept in the layout sidecar, not in the model). */
    record Layout(EObject owner, String elementId, LayoutBox before, LayoutBox after, LayoutTable table) implements Change {
        @Override public void apply() { table.put(elementId, after); }

        @Override public void revert() { table.put(elementId, before); }
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(EObject owner, EStructuralFeature f) {
        return (List<Object>) owner.eGet(f);
    }
}
