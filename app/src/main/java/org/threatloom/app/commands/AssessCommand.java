package org.threatloom.app.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.threatloom.app.Version;
import org.threatloom.app.cli.ExitCodes;
import org.threatloom.app.cli.Format;
import org.threatloom.app.cli.Json;
import org.threatloom.app.cli.LoadFailure;
import org.threatloom.app.cli.ModelSource;
import org.threatloom.app.cli.Output;
import org.threatloom.app.cli.RuleOptions;
import org.threatloom.catalog.derive.Analysis;
import org.threatloom.catalog.derive.DerivationEngine;
import org.threatloom.catalog.rules.RuleLoadException;
import org.threatloom.compliance.assess.Assessment;
import org.threatloom.compliance.assess.AssessOptions;
import org.threatloom.compliance.assess.AssessmentEngine;
import org.threatloom.compliance.assess.Evidence;
import org.threatloom.compliance.assess.Finding;
import org.threatloom.compliance.assess.RequirementResult;
import org.threatloom.compliance.assess.TargetResult;
import org.threatloom.compliance.assess.Verdict;
import org.threatloom.compliance.profile.Profile;
import org.threatloom.compliance.profile.ProfileLoadException;
import org.threatloom.compliance.profile.Profiles;
import org.threatloom.compliance.proof.CheckReport;
import org.threatloom.compliance.proof.ProofEvidence;
import org.threatloom.compliance.sl.GapItem;
import org.threatloom.compliance.sl.SlGap;
import org.threatloom.compliance.sl.SlResult;
import org.threatloom.metamodel.io.ModelLoadException;
import org.threatloom.model.SystemModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code threatloom assess MODEL --profile P}: every requirement of the profile on every zone/conduit, component or
 * the product, with verdict, justification and evidence, and SL-T against SL-A for IEC 62443. The verdicts come from
 * compliance-profiles; this command only prints them.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess the model against a compliance profile: verdict, justification and evidence per requirement, SL-T vs SL-A for IEC 62443. "
                + "Exit 0, or 2 for bad input.")
public final class AssessCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "MODEL", description = "Model file (.tlm), or example:NAME; default: the bundled smart-factory")
    String model;

    @Option(names = "--profile", required = true, paramLabel = "PROFILE", description = "iec62443-3-3, iec62443-4-2, cra or nistir8425")
    String profile;

    @Option(names = "--sl", paramLabel = "N", description = "IEC 62443 only: assess against SL-T N (1-4) for every FR instead of the model's SL-T")
    Integer sl;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--proofs", paramLabel = "FILE", description = "Proof records: the JSON written by 'threatloom check MODEL --format json'")
    Path proofs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output")
    Path output;

    @Mixin RuleOptions ruleOptions;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Profile p;
        try {
            p = Profiles.load(profile);
        } catch (ProfileLoadException e) {
            return ExitCodes.badInput(err, "profile: " + e.getMessage());
        }
        if (sl != null && (sl < 1 || sl > 4)) return ExitCodes.badInput(err, "--sl must be 1, 2, 3 or 4, not " + sl);
        if (sl != null && !p.hasSecurityLevels()) return ExitCodes.badInput(err, "--sl applies to the IEC 62443 profiles, not " + profile);
        ProofEvidence proofEvidence = ProofEvidence.none();
        if (proofs != null) {
            try {
                proofEvidence = CheckReport.read(proofs);
            } catch (IOException e) {
                return ExitCodes.badInput(err, "--proofs: " + e.getMessage());
            }
        }
        SystemModel m;
        try {
            m = ModelSource.load(model);
        } catch (ModelLoadException e) {
            return LoadFailure.report(e, format, out, err);
        }
        Analysis analysis;
        try {
            analysis = new DerivationEngine(ruleOptions.load()).derive(m);
        } catch (RuleLoadException e) {
            return ExitCodes.badInput(err, "rules: " + e.getMessage());
        }
        Assessment a = new AssessmentEngine().assess(m, analysis, p, new AssessOptions(sl, proofEvidence));
        String file = ModelSource.describe(model);
        String report = format == Format.json ? Json.mapper().writeValueAsString(json(a, p, file)) : text(a, file);
        Output.write(report, output, out);
        return ExitCodes.OK;
    }


    // ------------------------------------------------------------------ text

    static String text(Assessment a, String file) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%s: %s (%s) - %s%n", file, a.profileTitle(), a.profileVersion(), counts(a.counts())));
        sb.append(String.format("%d target(s), %d finding(s)%s; proofs: %s%n", a.targets().size(), a.findings().size(),
                a.slOverride() == null ? "" : ", assessed at SL " + a.slOverride(), a.proofs()));
        for (TargetResult t : a.targets()) {
            sb.append(String.format("%n%s %s '%s'%s%n", t.kind().toUpperCase(java.util.Locale.ROOT), t.id(), t.name(),
                    t.componentType() == null ? "" : " (" + t.componentType() + (t.zoneId() == null ? "" : ", in " + t.zoneId()) + ")"));
            if (t.sl() != null) sb.append(slLines(t.sl()));
            sb.append("  ").append(counts(t.counts())).append('\n');
            int notSelected = 0;
            for (RequirementResult r : t.requirements()) {
                if (!r.selected()) {
                    notSelected++;
                    continue;
                }
                sb.append(String.format("  %-14s %-22s %s%s%n", r.status().key(), r.requirementId(), r.title(), r.contested() ? " [SL contested]" : ""));
                sb.append("      ").append(r.justification()).append('\n');
            }
            if (notSelected > 0) sb.append(String.format("  (%d requirement(s) not selected at this SL-T)%n", notSelected));
        }
        if (!a.findings().isEmpty()) {
            sb.append(String.format("%nFINDINGS%n"));
            for (Finding f : a.findings()) sb.append(String.format("  %-38s %s%n", f.code(), f.message()));
        }
        return sb.toString();
    }

    private static String slLines(SlResult sl) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("  SL-T %s   SL-A %s%s%n", sl.target(), sl.achieved(), sl.claimed() == null ? "" : "   SL-C claimed " + sl.claimed()));
        for (SlGap g : sl.gaps()) {
            List<String> items = new ArrayList<>();
            for (GapItem i : g.closedBy()) items.add(i.requirementId() != null ? i.requirementId() : "component " + i.componentId());
            sb.append(String.format("  gap %s: SL-A %d < SL-T %d, closed by %s%n", g.fr().name(), g.achieved(), g.target(), String.join(", ", items)));
        }
        return sb.toString();
    }

    private static String counts(Map<Verdict, Integer> c) {
        return c.get(Verdict.SATISFIED) + " satisfied, " + c.get(Verdict.PARTIALLY) + " partially, " + c.get(Verdict.NOT_SATISFIED) + " not satisfied, "
                + c.get(Verdict.NOT_APPLICABLE) + " not applicable";
    }

    // ------------------------------------------------------------------ json

    static Map<String, Object> json(Assessment a, Profile p, String file) {
        Map<String, Object> doc = new LinkedHashMap<>();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", a.modelId());
        model.put("name", a.modelName());
        model.put("file", file);
        doc.put("model", model);
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("id", a.profileId());
        profile.put("title", a.profileTitle());
        profile.put("version", a.profileVersion());
        profile.put("sha256", a.profileSha256());
        profile.put("copyright", a.copyright());
        profile.put("scope", p.scope().key());
        doc.put("profile", profile);
        doc.put("tool", Version.current());
        doc.put("catalogs", new java.util.TreeMap<>(a.catalogVersions()));
        doc.put("sl", a.slOverride());
        doc.put("proofs", a.proofs());
        Map<String, Object> summary = verdictCounts(a.counts());
        summary.put("findings", a.findings().size());
        doc.put("summary", summary);
        String key = switch (p.scope()) {
            case ZONE -> "zones";
            case COMPONENT -> "components";
            case PRODUCT -> "product";
        };
        List<Map<String, Object>> targets = new ArrayList<>();
        for (TargetResult t : a.targets()) targets.add(target(t));
        if (key.equals("product")) doc.put("product", targets.isEmpty() ? null : targets.get(0));
        else doc.put(key, targets);
        List<Map<String, Object>> requirements = new ArrayList<>();
        for (TargetResult t : a.targets()) for (RequirementResult r : t.requirements()) requirements.add(requirement(r, t));
        doc.put("requirements", requirements);
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : a.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", f.code());
            m.put("requirement", f.requirementId());
            m.put("target", f.targetId());
            m.put("message", f.message());
            m.put("evidence", f.evidence().stream().map(AssessCommand::evidence).toList());
            findings.add(m);
        }
        doc.put("findings", findings);
        return doc;
    }

    private static Map<String, Object> target(TargetResult t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("kind", t.kind());
        if (t.componentType() != null) m.put("componentType", t.componentType());
        if (t.zoneId() != null) m.put("zone", t.zoneId());
        if (t.sl() != null) {
            m.put("slTarget", t.sl().target().asMap());
            m.put("slAchieved", t.sl().achieved().asMap());
            if (t.sl().claimed() != null) m.put("slClaimed", t.sl().claimed().asMap());
            List<Map<String, Object>> gaps = new ArrayList<>();
            for (SlGap g : t.sl().gaps()) {
                Map<String, Object> gm = new LinkedHashMap<>();
                gm.put("fr", g.fr().name());
                gm.put("target", g.target());
                gm.put("achieved", g.achieved());
                List<Map<String, Object>> items = new ArrayList<>();
                for (GapItem i : g.closedBy()) {
                    Map<String, Object> im = new LinkedHashMap<>();
                    if (i.requirementId() != null) {
                        im.put("requirement", i.requirementId());
                        im.put("minSl", i.minSl());
                    } else {
                        im.put("component", i.componentId());
                    }
                    im.put("reason", i.reason());
                    im.put("remedies", i.remedies());
                    items.add(im);
                }
                gm.put("closedBy", items);
                gaps.add(gm);
            }
            m.put("gaps", gaps);
        }
        m.put("summary", verdictCounts(t.counts()));
        return m;
    }

    private static Map<String, Object> requirement(RequirementResult r, TargetResult t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.requirementId());
        m.put("target", t.id());
        m.put("targetKind", t.kind());
        m.put("title", r.title());
        m.put("type", r.type());
        if (r.fr() != null) m.put("fr", r.fr());
        if (r.parent() != null) m.put("parent", r.parent());
        m.put("selected", r.selected());
        m.put("status", r.status().key());
        m.put("implementation", r.implementation().key());
        m.put("applicability", r.applicability().key());
        m.put("strength", r.strength());
        m.put("contested", r.contested());
        m.put("justification", r.justification());
        m.put("evidence", r.evidence().stream().map(AssessCommand::evidence).toList());
        m.put("remedies", r.remedies());
        return m;
    }

    private static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", e.type().key());
        m.put("id", e.id());
        m.put("label", e.label());
        m.put("role", e.role().key());
        m.put("detail", e.detail());
        return m;
    }

    private static Map<String, Object> verdictCounts(Map<Verdict, Integer> c) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) m.put(v.key(), c.get(v));
        return m;
    }
}
