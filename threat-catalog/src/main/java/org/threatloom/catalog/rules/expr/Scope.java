package org.threatloom.catalog.rules.expr;

import org.eclipse.emf.ecore.EObject;
import org.threatloom.metamodel.query.ModelIndex;

/** What an expression is evaluated against: the rule's element, the element being iterated, the model index. */
public record Scope(EObject self, Object it, ModelIndex index) {

    public static Scope of(EObject element, ModelIndex index) {
        return new Scope(element, element, index);
    }

    Scope with(Object iterated) {
        return new Scope(self, iterated, index);
    }
}
