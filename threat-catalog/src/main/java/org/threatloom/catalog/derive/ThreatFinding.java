package org.threatloom.catalog.derive;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.threatloom.catalog.risk.AttackFeasibility;
import org.threatloom.catalog.rules.Rule;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.Level;
import org.threatloom.model.Stride;
import org.threatloom.model.ThreatOrigin;
import org.threatloom.model.ThreatStatus;

/**
 * One threat on one element. Derived findings have the stable id {@code ruleId@elementId}; threats recorded in the
 * model (imported or entered by hand) that no rule derives are findings too, with their own id and origin.
 *
 * @param rule         the rule that derived it, null for recorded threats no rule derives
 * @param feasibility  ISO/SAE 21434 rating for rules with attack-potential factors, else null
 * @param potential    the attack potential behind {@code feasibility}, else -1
 * @param decidedBy    id of the review decision that set the status, else null
 */
public record ThreatFinding(String id, String title, Rule rule, EObject element, Stride stride, List<String> references,
                            Level likelihood, Level impact, Level risk, AttackFeasibility.Rating feasibility, int potential,
                            ThreatStatus status, List<Countermeasure> mitigatedBy, String justification, String decidedBy,
                            ThreatOrigin origin) {

    public boolean open() {
        return status == ThreatStatus.OPEN;
    }

    public String ruleId() {
        return rule == null ? null : rule.id();
    }
}
