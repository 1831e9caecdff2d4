package org.threatloom.formal.result;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.threatloom.metamodel.query.Labels;

/** A model element as a report names it: id, name and type. */
public record ElementRef(String id, String name, String type) {
    public static ElementRef of(EObject o) {
        String id = EcoreUtil.getID(o);
        return new ElementRef(id == null ? "" : id, Labels.name(o), o.eClass().getName());
    }

    @Override
    public String toString() {
        return name.equals(id) || name.isEmpty() ? id : name + " [" + id + "]";
    }
}
