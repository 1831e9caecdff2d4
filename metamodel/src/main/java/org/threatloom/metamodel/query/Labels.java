package org.threatloom.metamodel.query;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.threatloom.model.ModelElement;

/** How elements are named in messages: {@code Device 'Press PLC' [plc-press-1]}. */
public final class Labels {
    private Labels() {}

    public static String of(EObject o) {
        if (o == null) return "nothing";
        StringBuilder sb = new StringBuilder(o.eClass().getName());
        if (o instanceof ModelElement e && e.getName() != null && !e.getName().isBlank()) {
            sb.append(" '").append(e.getName()).append('\'');
        }
        String id = EcoreUtil.getID(o);
        if (id != null) sb.append(" [").append(id).append(']');
        else if (!(o instanceof ModelElement) && o.eContainer() != null) sb.append(" in ").append(of(o.eContainer()));
        return sb.toString();
    }

    /** Human name: the element's name, else its id, else its type. */
    public static String name(EObject o) {
        if (o instanceof ModelElement e) {
            if (e.getName() != null && !e.getName().isBlank()) return e.getName();
            if (e.getId() != null) return e.getId();
        }
        return o == null ? "" : o.eClass().getName();
    }
}
