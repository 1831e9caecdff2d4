package org.threatloom.catalog.explain;

import java.util.List;

import org.threatloom.catalog.derive.ThreatFinding;
import org.threatloom.catalog.rules.Rule;
import org.threatloom.catalog.rules.expr.Trace;
import org.threatloom.model.ModelElement;

/**
 * Why a rule did or did not give a threat on an element: the rule, the catalog entries it cites, the condition
 * evaluated on the element sub-expression by sub-expression, and (when it fired) the finding with its status.
 *
 * @param applies  whether the rule applies to the element's type at all
 * @param fires    whether the condition holds
 * @param trace    the evaluation, or null when the rule does not apply
 * @param finding  the threat, or null when it did not fire
 * @param summary  one sentence saying why
 */
public record Explanation(Rule rule, ModelElement element, boolean applies, boolean fires, Trace trace,
                          List<CatalogRef> references, ThreatFinding finding, String summary) {

    public record CatalogRef(String id, String catalog, String name) {}
}
