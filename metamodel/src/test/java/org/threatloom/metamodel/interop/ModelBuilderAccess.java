package org.threatloom.metamodel.interop;

import org.threatloom.model.ModelElement;

/** Test shortcut to read an element's property. */
final class ModelBuilderAccess {
    private ModelBuilderAccess() {}

    static String property(ModelElement e, String key) {
        return ModelBuilder.property(e, key);
    }
}
