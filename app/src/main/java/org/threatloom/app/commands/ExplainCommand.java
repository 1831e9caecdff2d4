package org.threatloom.app.commands;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.threatloom.app.cli.ExitCodes;
import org.threatloom.app.cli.Format;
import org.threatloom.app.cli.Json;
import org.threatloom.app.cli.LoadFailure;
import org.threatloom.app.cli.ModelSource;
import org.threatloom.app.cli.RuleOptions;
import org.threatloom.catalog.CatalogSet;
import org.threatloom.catalog.derive.DerivationEngine;
import org.threatloom.catalog.explain.Explainer;
import org.threatloom.catalog.explain.Explanation;
import org.threatloom.catalog.rules.Rule;
import org.threatloom.catalog.rules.RuleLoadException;
import org.threatloom.evidence.json.AnalysisJson;
import org.threatloom.metamodel.io.ModelLoadException;
import org.threatloom.metamodel.query.Labels;
import org.threatloom.model.SystemModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain a threat: the rule, its catalog entries and the element properties that matched.",
                "With --element and --rule: why that rule did (or did not) fire on that element."})
public final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL", description = "Model file (.tlm) or example:NAME")
    String model;

    @Parameters(index = "1", arity = "0..1", paramLabel = "THREAT-ID", description = "A threat id, RULE@ELEMENT")
    String threatId;

    @Option(names = "--element", paramLabel = "ID", description = "Element id (with --rule)")
    String element;

    @Option(names = "--rule", paramLabel = "ID", description = "Rule id (with --element)")
    String rule;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin RuleOptions ruleOptions;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if ((threatId == null) == (element == null || rule == null)) {
            return ExitCodes.badInput(err, "give either a THREAT-ID or both --element and --rule");
        }
        SystemModel m;
        try {
            m = ModelSource.load(model);
        } catch (ModelLoadException e) {
            return LoadFailure.report(e, format, out, err);
        }
        Explanation x;
        try {
            Explainer explainer = new Explainer(new DerivationEngine(ruleOptions.load()), CatalogSet.loadDefault());
            x = threatId != null ? explainer.explainThreat(m, threatId) : explainer.explain(m, element, rule);
        } catch (RuleLoadException e) {
            return ExitCodes.badInput(err, "rules: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return ExitCodes.badInput(err, "" + e.getMessage());
        }
        if (format == Format.json) Json.print(out, json(x));
        else out.print(text(x));
        out.flush();
        return ExitCodes.OK;
    }

    static String text(Explanation x) {
        Rule r = x.rule();
        StringBuilder sb = new StringBuilder();
        sb.append(x.summary()).append("\n\n");
        sb.append("Rule       ").append(r.id()).append(": ").append(r.title()).append('\n');
        sb.append("           ").append(r.stride().getLiteral()).append(", domain ").append(r.domain()).append(", applies to ")
                .append(String.join(", ", r.appliesTo().stream().map(c -> c.getName()).toList())).append('\n');
        if (!r.description().isEmpty()) sb.append("           ").append(r.description().replace("\n", "\n           ")).append('\n');
        sb.append("Catalog\n");
        for (Explanation.CatalogRef c : x.references()) sb.append("  ").append(c.id()).append("  ").append(c.name()).append("  (").append(c.catalog()).append(")\n");
        sb.append("Element    ").append(Labels.of(x.element())).append('\n');
        sb.append("Condition  ").append(r.condition()).append('\n');
        if (x.trace() != null) sb.append("Evaluation (each part => its value on this element)\n").append(x.trace().render().replaceAll("(?m)^", "  "));
        if (x.finding() != null) {
            var f = x.finding();
            sb.append("Threat     ").append(f.id()).append(": risk ").append(f.risk().getLiteral()).append(" (likelihood ").append(f.likelihood().getLiteral())
                    .append(" x impact ").append(f.impact().getLiteral()).append(')');
            if (f.feasibility() != null) sb.append(", ISO/SAE 21434 feasibility ").append(f.feasibility()).append(" (attack potential ").append(f.potential()).append(')');
            sb.append("\n           status ").append(f.status().getLiteral());
            if (!f.mitigatedBy().isEmpty()) sb.append(" by ").append(String.join(", ", f.mitigatedBy().stream().map(Labels::of).toList()));
            if (f.justification() != null && !f.justification().isEmpty()) sb.append(": ").append(f.justification());
            sb.append('\n');
        }
        sb.append("Mitigated by kinds: ").append(String.join(", ", r.mitigatedBy().stream().map(k -> k.getLiteral()).toList())).append('\n');
        return sb.toString();
    }

    static Map<String, Object> json(Explanation x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", x.rule().id());
        m.put("title", x.rule().title());
        m.put("element", x.element().getId());
        m.put("applies", x.applies());
        m.put("fires", x.fires());
        m.put("summary", x.summary());
        m.put("condition", x.rule().condition());
        m.put("references", x.references());
        m.put("evaluation", x.trace());
        m.put("threat", x.finding() == null ? null : AnalysisJson.threat(x.finding()));
        return m;
    }
}
