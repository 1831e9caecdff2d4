package org.threatloom.catalog.explain;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.threatloom.catalog.CatalogSet;
import org.threatloom.catalog.derive.Analysis;
import org.threatloom.catalog.derive.DerivationEngine;
import org.threatloom.catalog.derive.ThreatFinding;
import org.threatloom.catalog.rules.Rule;
import org.threatloom.catalog.rules.RuleSet;
import org.threatloom.catalog.rules.expr.Expr;
import org.threatloom.catalog.rules.expr.Scope;
import org.threatloom.catalog.rules.expr.Trace;
import org.threatloom.metamodel.query.Labels;
import org.threatloom.metamodel.query.ModelIndex;
import org.threatloom.model.ModelElement;
import org.threatloom.model.SystemModel;

/** Answers "why this threat?" and "why not this rule on this element?" from the same evaluation the engine runs. */
public final class Explainer {
    private final DerivationEngine engine;
    private final CatalogSet catalogs;

    public Explainer(DerivationEngine engine, CatalogSet catalogs) {
        this.engine = engine;
        this.catalogs = catalogs;
    }

    /** Explains a threat id ({@code ruleId@elementId}). */
    public Explanation explainThreat(SystemModel model, String threatId) {
        int at = threatId.indexOf('@');
        if (at <= 0 || at == threatId.length() - 1) {
            throw new IllegalArgumentException("'" + threatId + "' is not a threat id: expected RULE@ELEMENT, e.g. TL-IOT-DEFAULT-CREDS@plc-1");
        }
        return explain(model, threatId.substring(at + 1), threatId.substring(0, at));
    }

    /** Explains whether (and why or why not) a rule fires on an element. */
    public Explanation explain(SystemModel model, String elementId, String ruleId) {
        Rule rule = engine.rules().get(ruleId);
        if (rule == null) throw new IllegalArgumentException("no rule '" + ruleId + "'" + similar(engine.rules(), ruleId));
        ModelElement element = find(model, elementId);
        if (element == null) throw new IllegalArgumentException("no element with id '" + elementId + "' in the model");
        List<Explanation.CatalogRef> refs = new ArrayList<>();
        for (String r : rule.references()) {
            catalogs.find(r).ifPresentOrElse(e -> refs.add(new Explanation.CatalogRef(e.id(), e.catalog().name(), e.name())),
                    () -> refs.add(new Explanation.CatalogRef(r, "?", "")));
        }
        EClass type = element.eClass();
        if (!rule.appliesTo(type)) {
            String types = String.join(", ", rule.appliesTo().stream().map(EClass::getName).toList());
            return new Explanation(rule, element, false, false, null, refs, null, "Rule " + rule.id() + " applies to " + types + "; "
                    + Labels.of(element) + " is a " + type.getName() + ", so the rule is never evaluated on it.");
        }
        ModelIndex index = new ModelIndex(model);
        Expr condition = rule.conditionFor(type);
        Trace trace = condition.trace(Scope.of(element, index));
        boolean fires = condition.test(Scope.of(element, index));
        ThreatFinding finding = null;
        String summary;
        if (fires) {
            Analysis a = engine.derive(model);
            finding = a.find(rule.id() + "@" + elementId);
            summary = "The condition holds on " + Labels.of(element) + ", so rule " + rule.id() + " gives threat " + rule.id() + "@" + elementId
                    + " (" + (finding == null ? "?" : finding.status().getLiteral().toLowerCase()) + ").";
        } else {
            summary = "The condition is false on " + Labels.of(element) + ": see the parts that evaluate to false below.";
        }
        return new Explanation(rule, element, true, fires, trace, refs, finding, summary);
    }

    private static ModelElement find(SystemModel model, String id) {
        if (id.equals(model.getId())) return model;
        for (java.util.Iterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ModelElement e && id.equals(e.getId())) return e;
        }
        return null;
    }

    private static String similar(RuleSet rules, String id) {
        List<String> near = rules.rules().stream().map(Rule::id).filter(r -> r.contains(id) || id.contains(r)).limit(5).toList();
        return near.isEmpty() ? "" : " (did you mean " + String.join(", ", near) + "?)";
    }
}
