package org.threatloom.app.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

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
import org.threatloom.formal.check.CheckOptions;
import org.threatloom.formal.check.Checker;
import org.threatloom.formal.repair.RepairPlan;
import org.threatloom.formal.repair.RepairReport;
import org.threatloom.formal.repair.Repairer;
import org.threatloom.formal.result.CheckReport;
import org.threatloom.formal.result.ReportJson;
import org.threatloom.formal.result.ReportText;
import org.threatloom.formal.theorems.Theorem;
import org.threatloom.metamodel.io.ModelLoadException;
import org.threatloom.model.SystemModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Prove that the countermeasures are sufficient (Alloy theorems, Kodkod with exact bounds), or show a counterexample.",
                "Exit 0 when every theorem is proved, 1 when one has a counterexample or is not proven within budget, 2 on bad input.",
                "Theorems: coverage, attack-paths, key-custody, route-characteristics, supply-chain, data-flow, k-compromise."})
public final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "MODEL", description = "Model file (.tlm), or example:NAME; default: the bundled smart-factory")
    String model;

    @Option(names = "--theorem", paramLabel = "NAME", split = ",", description = "Only these theorems (repeatable or comma-separated); default: all")
    List<String> theorems = new ArrayList<>();

    @Option(names = "--k", paramLabel = "N", defaultValue = "1", description = "Size of the compromised set for k-compromise (default: ${DEFAULT-VALUE})")
    int k;

    @Option(names = "--budget", paramLabel = "SECONDS", defaultValue = "60", description = "Time budget per theorem (default: ${DEFAULT-VALUE})")
    double budget;

    @Option(names = "--repair", description = "Find the smallest set of countermeasures that makes the failing theorems hold")
    boolean repair;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output")
    Path output;

    @Mixin RuleOptions ruleOptions;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        List<Theorem> selected = new ArrayList<>();
        for (String name : theorems) {
            Theorem t = Theorem.find(name);
            if (t == null) {
                return ExitCodes.badInput(err, "unknown theorem '" + name + "'; one of: " + names());
            }
            selected.add(t);
        }
        if (k < 0 || k > 16) {
            return ExitCodes.badInput(err, "--k must be between 0 and 16, not " + k);
        }
        if (!(budget > 0) || budget > 86_400) {
            return ExitCodes.badInput(err, "--budget must be a positive number of seconds (at most a day), not " + budget);
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
        CheckOptions options = CheckOptions.defaults().only(selected).withK(k).withBudget(Math.max(1, Math.round(budget * 1000)));
        String file = ModelSource.describe(model);
        CheckReport report;
        RepairPlan plan = null;
        try (Checker checker = new Checker(options)) {
            report = checker.check(m, analysis, file);
            if (repair && !report.allProved()) plan = new Repairer(checker).repair(m, analysis, report);
        }
        String text;
        if (format == Format.json) {
            Map<String, Object> doc = ReportJson.of(report);
            if (repair) doc.put("repair", plan == null ? Map.of("additions", List.of(), "theorems", List.of()) : RepairReport.json(plan));
            text = Json.mapper().writeValueAsString(doc);
        } else {
            text = ReportText.of(report) + (repair ? (plan == null ? "\nRepair: nothing to repair\n" : RepairReport.text(plan)) : "");
        }
        Output.write(text, output, out);
        return report.allProved() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private static String names() {
        List<String> out = new ArrayList<>();
        for (Theorem t : Theorem.values()) out.add(t.cliName());
        return String.join(", ", out);
    }
}
