package org.threatloom.formal.encode;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.threatloom.catalog.derive.ThreatFinding;

/**
 * Atom names. Each kind of thing has its own prefix so that no model id can collide with another kind:
 * {@code e:} model elements, {@code t:} threats, {@code v:} verifications, {@code k:} constants (one sigs such as
 * {@code SL3}, {@code SECRET}, countermeasure kinds), {@code j:} jurisdictions, {@code s:} slots, {@code c:} repair
 * candidates.
 */
public final class Atoms {
    private Atoms() {}

    public static String element(EObject e) {
        String id = EcoreUtil.getID(e);
        return "e:" + (id != null ? id : e.eClass().getName() + "@" + System.identityHashCode(e));
    }

    public static String threat(ThreatFinding t) {
        return "t:" + t.id();
    }

    public static String constant(String sigName) {
        return "k:" + sigName;
    }

    public static String check(EObject supply, int index) {
        return "v:" + element(supply).substring(2) + "#" + index;
    }

    public static String jurisdiction(String code) {
        return "j:" + code.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public static String slot(int i) {
        return "s:" + i;
    }

    public static String candidate(String id) {
        return "c:" + id;
    }

    /** The name without its prefix (for messages). */
    public static String bare(Object atom) {
        String s = String.valueOf(atom);
        return s.length() > 2 && s.charAt(1) == ':' ? s.substring(2) : s;
    }
}
