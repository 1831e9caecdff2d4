package org.threatloom.catalog.derive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.threatloom.catalog.CatalogSet;
import org.threatloom.catalog.risk.AttackFeasibility;
import org.threatloom.catalog.risk.RiskMatrix;
import org.threatloom.catalog.rules.Rule;
import org.threatloom.catalog.rules.RuleSet;
import org.threatloom.catalog.rules.expr.Expr;
import org.threatloom.catalog.rules.expr.Scope;
import org.threatloom.metamodel.query.Labels;
import org.threatloom.metamodel.query.ModelIndex;
import org.threatloom.model.Component;
import org.threatloom.model.DataFlow;
import org.threatloom.model.Level;
import org.threatloom.model.ModelElement;
import org.threatloom.model.PhysicalAccess;
import org.threatloom.model.SystemModel;
import org.threatloom.model.Threat;
import org.threatloom.model.ThreatOrigin;

/**
 * Derives threats: every rule applying to an element's type is evaluated on it; a rule whose condition holds
 * gives a finding with the stable id {@code ruleId@elementId}. Deterministic: the same model and rules give the
 * same findings in the same order. Pure: the model is not changed.
 */
public final class DerivationEngine {
    /** Receives progress on large models: elements done, elements in all. */
    public interface Progress {
        void update(int done, int total);
    }

    private final RuleSet rules;
    private final Map<String, String> catalogVersions;

    public DerivationEngine(RuleSet rules) {
        this(rules, versions(CatalogSet.loadDefault()));
    }

    public DerivationEngine(RuleSet rules, Map<String, String> catalogVersions) {
        this.rules = rules;
        this.catalogVersions = catalogVersions;
    }

    public RuleSet rules() {
        return rules;
    }

    public Analysis derive(SystemModel model) {
        return derive(model, null);
    }

    public Analysis derive(SystemModel model, Progress progress) {
        ModelIndex index = new ModelIndex(model);
        RiskMatrix matrix = RiskMatrix.forModel(model);
        StatusResolver status = new StatusResolver(model);
        List<Keyed> out = new ArrayList<>();
        Set<String> derivedIds = new HashSet<>();
        List<ModelElement> elements = new ArrayList<>();
        elements.add(model);
        elements.addAll(index.elements());
        long checks = 0;
        int done = 0;
        List<ThreatFinding> onElement = new ArrayList<>();
        for (int position = 0; position < elements.size(); position++) {
            ModelElement element = elements.get(position);
            Scope scope = Scope.of(element, index);
            onElement.clear();
            for (Rule rule : rules.rulesFor(element.eClass())) {
                checks++;
                if (rule.conditionFor(element.eClass()).test(scope)) onElement.add(finding(rule, element, matrix, status));
            }
            for (ThreatFinding f : withoutGenericDuplicates(onElement)) {
                out.add(new Keyed(f, f.risk().getValue(), rules.positionOf(f.rule()), position));
                derivedIds.add(f.id());
            }
            if (progress != null && (++done % 1000 == 0 || done == elements.size())) progress.update(done, elements.size());
        }
        for (Map.Entry<String, Threat> e : status.recorded().entrySet()) {
            if (!derivedIds.contains(e.getKey())) {
                ThreatFinding f = recorded(e.getValue(), matrix);
                out.add(new Keyed(f, f.risk().getValue(), Integer.MAX_VALUE, index.orderOf(f.element())));
            }
        }
        // risk (highest first), then rule (id order; recorded threats last), then element (document order), then id
        out.sort((a, b) -> a.risk != b.risk ? Integer.compare(b.risk, a.risk)
                : a.rule != b.rule ? Integer.compare(a.rule, b.rule)
                : a.element != b.element ? Integer.compare(a.element, b.element)
                : a.finding.id().compareTo(b.finding.id()));
        List<ThreatFinding> sorted = new ArrayList<>(out.size());
        for (Keyed k : out) sorted.add(k.finding);
        return new Analysis(java.util.Collections.unmodifiableList(sorted), catalogVersions, rules.size(), checks, matrix.spec());
    }

    private record Keyed(ThreatFinding finding, int risk, int rule, int element) {}

    /**
     * EMB3D's generic property-based threat {@code EMB3D-TID-n} is dropped on an element where a more specific rule
     * citing {@code TID-n} also fired: the specific rule names the exposure, and one threat is reviewed once.
     */
    static List<ThreatFinding> withoutGenericDuplicates(List<ThreatFinding> onElement) {
        if (onElement.size() < 2) return onElement;
        Set<String> citedByOthers = new HashSet<>();
        for (ThreatFinding f : onElement) {
            if (!f.rule().domain().equals("emb3d")) citedByOthers.addAll(f.references());
        }
        if (citedByOthers.isEmpty()) return onElement;
        List<ThreatFinding> kept = new ArrayList<>();
        for (ThreatFinding f : onElement) {
            boolean generic = f.rule().domain().equals("emb3d") && citedByOthers.contains(f.rule().id().substring("EMB3D-".length()));
            if (!generic) kept.add(f);
        }
        return kept;
    }

    /** The finding a rule gives on an element (whether or not the condition holds: used by explanations too). */
    static ThreatFinding finding(Rule rule, ModelElement element, RiskMatrix matrix, StatusResolver status) {
        String id = rule.id() + "@" + element.getId();
        Level likelihood = rule.likelihood();
        AttackFeasibility.Rating rating = null;
        int potential = -1;
        if (rule.feasibility() != null) {
            PhysicalAccess access = mostExposed(element);
            potential = rule.feasibility().potential(access);
            rating = rule.feasibility().rating(access);
            likelihood = AttackFeasibility.likelihood(rating);
        } else if (matrix.internetFacingRaisesLikelihood() && internetFacing(element)) {
            likelihood = RiskMatrix.raise(likelihood);
        }
        StatusResolver.Status s = status.resolve(id, rule, element);
        return new ThreatFinding(id, rule.title(), rule, element, rule.stride(), rule.references(), likelihood, rule.impact(),
                matrix.risk(likelihood, rule.impact()), rating, potential, s.status(), s.by(), s.justification(), s.decision(),
                ThreatOrigin.DERIVED);
    }

    private static ThreatFinding recorded(Threat t, RiskMatrix matrix) {
        Level l = t.getLikelihood(), i = t.getImpact();
        Level risk = t.getRisk() != null && t.getRisk() != Level.LOW ? t.getRisk() : matrix.risk(l, i);
        String title = t.getName() == null ? Labels.name(t) : t.getName();
        EObject target = t.getTarget() == null ? t : t.getTarget();
        return new ThreatFinding(t.getId(), title, null, target, t.getStride(), List.copyOf(t.getReferences()), l, i, risk, null, -1,
                t.getStatus(), List.copyOf(t.getMitigatedBy()), t.getJustification() == null ? "" : t.getJustification(), null,
                t.getOrigin() == ThreatOrigin.DERIVED ? ThreatOrigin.MANUAL : t.getOrigin());
    }

    /** A part is as reachable as the most exposed component enclosing it (a chip inside a public kiosk is public). */
    static PhysicalAccess mostExposed(EObject element) {
        PhysicalAccess best = null;
        for (EObject o = element; o instanceof Component c; o = o.eContainer()) {
            if (best == null || c.getPhysicalAccess().getValue() > best.getValue()) best = c.getPhysicalAccess();
        }
        return best;
    }

    static boolean internetFacing(EObject element) {
        if (element instanceof Component c) {
            for (EObject o = c; o instanceof Component x; o = o.eContainer()) if (x.isInternetFacing()) return true;
        }
        if (element instanceof DataFlow f) return f.getSource() instanceof Component s && s.isInternetFacing();
        return false;
    }

    static Map<String, String> versions(CatalogSet catalogs) {
        Map<String, String> out = new LinkedHashMap<>();
        catalogs.catalogVersions().forEach((k, v) -> out.put(k.name(), v));
        return out;
    }
}
