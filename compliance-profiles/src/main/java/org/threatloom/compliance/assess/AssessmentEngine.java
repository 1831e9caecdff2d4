package org.threatloom.compliance.assess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.threatloom.catalog.CatalogSet;
import org.threatloom.catalog.derive.Analysis;
import org.threatloom.compliance.profile.AssessedBy;
import org.threatloom.compliance.profile.Profile;
import org.threatloom.compliance.profile.Requirement;
import org.threatloom.compliance.sl.Fr;
import org.threatloom.compliance.sl.SlCalculator;
import org.threatloom.compliance.sl.SlCap;
import org.threatloom.compliance.sl.SlInput;
import org.threatloom.compliance.sl.SlResult;
import org.threatloom.compliance.sl.SlVector;
import org.threatloom.metamodel.query.Labels;
import org.threatloom.metamodel.query.ModelIndex;
import org.threatloom.model.Component;
import org.threatloom.model.Level;
import org.threatloom.model.SystemModel;

/**
 * Assesses a model against a profile: every requirement on every target (zone and conduit for IEC 62443-3-3,
 * component for 62443-4-2, the product for the CRA and IR 8425), with verdict, justification and evidence; SL-A
 * against SL-T per zone/conduit/component; and findings about the evidence itself. Pure and deterministic: the same
 * model, threats, profile and proof records give the same assessment. The model is not changed.
 */
public final class AssessmentEngine {
    private final CatalogSet catalogs;
    private final Map<String, ThreatLinks> links = new HashMap<>();

    public AssessmentEngine() {
        this(CatalogSet.loadDefault());
    }

    public AssessmentEngine(CatalogSet catalogs) {
        this.catalogs = catalogs;
    }

    /** Assesses {@code model}, whose derived and recorded threats are {@code analysis}, against {@code profile}. */
    public Assessment assess(SystemModel model, Analysis analysis, Profile profile, AssessOptions options) {
        ModelIndex index = new ModelIndex(model);
        List<Finding> findings = new ArrayList<>();
        Level threshold = model.getRiskThreshold() == null ? Level.HIGH : model.getRiskThreshold();
        RequirementEvaluator evaluator = new RequirementEvaluator(index, new Attestations(model), options.proofs(), links(profile), threshold, findings);
        boolean levels = profile.hasSecurityLevels();
        List<TargetResult> targets = new ArrayList<>();
        for (Target t : Targets.of(profile.scope(), model, index, options.sl(), levels)) {
            if (levels && t.slTarget() == null) {
                findings.add(new Finding("no-sl-target", null, t.id(), Labels.of(t.element()) + " has no SL-T; assessed at SL 1 (give it an slTarget, or use --sl)", List.of()));
                t = new Target(t.kind(), t.element(), t.componentType(), t.zone(), SlVector.uniform(1), t.claimed());
            }
            targets.add(assess(profile, t, TargetScope.of(t, index, analysis), evaluator, index, findings));
        }
        if (ArticleThirteen.applies(profile)) targets.forEach(t -> ArticleThirteen.check(profile, t, findings));
        return new Assessment(profile.id(), profile.title(), profile.version(), profile.sha256(), profile.copyright(), model.getId(),
                Labels.name(model), options.sl(), options.proofs().origin(), analysis.catalogVersions(), targets, findings);
    }

    private synchronized ThreatLinks links(Profile profile) {
        return links.computeIfAbsent(profile.id() + "@" + profile.sha256(), k -> new ThreatLinks(profile, catalogs));
    }

    private TargetResult assess(Profile profile, Target target, TargetScope scope, RequirementEvaluator evaluator, ModelIndex index,
                                List<Finding> findings) {
        Map<String, RequirementResult> byId = new LinkedHashMap<>();
        List<Requirement> applicable = profile.assessed().stream().filter(r -> appliesTo(r, target)).toList();
        for (Requirement r : applicable) {
            if (r.mapping().assessedBy() != AssessedBy.SUB_REQUIREMENTS) byId.put(r.id(), evaluator.evaluate(r, target, scope));
        }
        for (int i = applicable.size() - 1; i >= 0; i--) {
            Requirement r = applicable.get(i);
            if (r.mapping().assessedBy() != AssessedBy.SUB_REQUIREMENTS) continue;
            List<RequirementResult> children = profile.children(r.id()).stream().map(c -> byId.get(c.id())).filter(x -> x != null).toList();
            byId.put(r.id(), Aggregation.of(r, target.id(), children));
        }
        List<RequirementResult> ordered = applicable.stream().map(r -> byId.get(r.id())).toList();
        SlResult sl = target.slTarget() == null ? null : sl(profile, target, ordered, index);
        if (sl != null && sl.claimed() != null) claimFindings(target, sl, findings);
        String zoneId = "component".equals(target.kind()) && target.zone() != null ? target.zone().getId() : null;
        return new TargetResult(target.id(), Labels.name(target.element()), target.kind(), target.componentType(), zoneId, sl, ordered);
    }

    private static boolean appliesTo(Requirement r, Target target) {
        return switch (target.kind()) {
            case "conduit" -> r.conduit();
            case "component" -> r.appliesToComponentType(target.componentType());
            default -> true;
        };
    }

    private static SlResult sl(Profile profile, Target target, List<RequirementResult> results, ModelIndex index) {
        List<SlInput> inputs = new ArrayList<>();
        Map<String, Requirement> byId = new HashMap<>();
        profile.requirements().forEach(r -> byId.put(r.id(), r));
        for (RequirementResult res : results) {
            Requirement r = byId.get(res.requirementId());
            Fr fr = Fr.of(r.fr());
            if (fr == null || r.sl().isEmpty()) continue;
            boolean met = res.implementation() == Verdict.SATISFIED || res.implementation() == Verdict.NOT_APPLICABLE;
            String reason = res.implementation().key() + (res.justification() == null ? "" : ": " + res.justification());
            inputs.add(new SlInput(r.id(), fr, r.minSl(), met, res.strength(), reason, res.remedies()));
        }
        List<SlCap> caps = new ArrayList<>();
        if ("zone".equals(target.kind())) {
            for (Component c : index.members((org.threatloom.model.Zone) target.element())) {
                SlVector cap = SlVector.of(c.getSlCapability());
                if (cap != null) caps.add(new SlCap(c.getId(), Labels.of(c), cap));
            }
        }
        return SlCalculator.compute(target.slTarget(), inputs, caps, target.claimed());
    }

    private static void claimFindings(Target target, SlResult sl, List<Finding> findings) {
        List<String> over = new ArrayList<>();
        for (Fr fr : Fr.values()) {
            if (sl.claimed().get(fr) > sl.achieved().get(fr)) over.add(fr.name() + " " + sl.claimed().get(fr) + " > " + sl.achieved().get(fr));
        }
        if (!over.isEmpty()) {
            findings.add(new Finding("sl-claim-unsupported", null, target.id(), Labels.of(target.element()) + " declares SL-C " + sl.claimed()
                    + " but the evidence supports " + sl.achieved() + " (" + String.join(", ", over) + ")", List.of()));
        }
    }
}
