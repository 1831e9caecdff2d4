package org.threatloom.metamodel.io;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.threatloom.model.ModelElement;
import org.threatloom.model.SystemModel;

/** Gives every element without an id a readable, unique one ({@code device-3}), deterministically. */
public final class Ids {
    private Ids() {}

    public static void assignMissing(SystemModel model) {
        Set<String> used = new HashSet<>();
        boolean missing = false;
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ModelElement e) {
                if (blank(e.getId())) missing = true;
                else used.add(e.getId());
            }
        }
        if (blank(model.getId())) model.setId(fresh("system", used));
        if (!missing) return;
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ModelElement e && blank(e.getId())) {
                e.setId(fresh(prefix(e), used));
            }
        }
    }

    /** A fresh id for a new element of this kind, unique in the model. */
    public static String fresh(SystemModel model, EObject kind) {
        Set<String> used = new HashSet<>();
        if (model.getId() != null) used.add(model.getId());
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ModelElement e && e.getId() != null) used.add(e.getId());
        }
        return fresh(prefix(kind), used);
    }

    private static String fresh(String prefix, Set<String> used) {
        for (int i = 1;; i++) {
            String id = prefix + "-" + i;
            if (used.add(id)) return id;
        }
    }

    private static String prefix(EObject e) {
        String name = e.eClass().getName();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) sb.append('-');
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
