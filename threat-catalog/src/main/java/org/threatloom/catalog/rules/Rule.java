package org.threatloom.catalog.rules;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.threatloom.catalog.risk.AttackFeasibility;
import org.threatloom.catalog.rules.expr.Expr;
import org.threatloom.model.CountermeasureKind;
import org.threatloom.model.Level;
import org.threatloom.model.Stride;

/** A loaded, type-checked rule. {@code conditions} holds the condition compiled for each type it applies to. */
public record Rule(String id, String title, String description, Stride stride, String domain, List<EClass> appliesTo,
                   String condition, Map<EClass, Expr> conditions, List<String> references, Level likelihood, Level impact,
                   List<CountermeasureKind> mitigatedBy, AttackFeasibility feasibility, List<String> firesOn,
                   List<String> silentOn, String source) {

    /** The compiled condition for an element of this concrete class, or null if the rule does not apply. */
    public Expr conditionFor(EClass concrete) {
        Expr e = conditions.get(concrete);
        if (e != null) return e;
        for (EClass t : appliesTo) if (t.isSuperTypeOf(concrete)) return conditions.get(t);
        return null;
    }

    public boolean appliesTo(EClass concrete) {
        for (EClass t : appliesTo) if (t == concrete || t.isSuperTypeOf(concrete)) return true;
        return false;
    }
}
