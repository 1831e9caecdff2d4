package org.threatloom.app.commands;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.threatloom.app.Version;
import org.threatloom.app.cli.ExitCodes;
import org.threatloom.app.cli.Json;
import org.threatloom.app.cli.LoadFailure;
import org.threatloom.app.cli.ModelSource;
import org.threatloom.app.cli.Output;
import org.threatloom.app.cli.RuleOptions;
import org.threatloom.catalog.derive.Analysis;
import org.threatloom.catalog.derive.DerivationEngine;
import org.threatloom.catalog.derive.ThreatFinding;
import org.threatloom.catalog.rules.RuleLoadException;
import org.threatloom.evidence.json.AnalysisJson;
import org.threatloom.evidence.sarif.SarifWriter;
import org.threatloom.metamodel.io.ElementLines;
import org.threatloom.metamodel.io.ModelLoadException;
import org.threatloom.metamodel.query.Labels;
import org.threatloom.model.Level;
import org.threatloom.model.SystemModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Derive threats from the catalogs' rules. Exit 0, or 1 when --fail-on finds an open threat at or above that risk.")
public final class AnalyzeCommand implements Callable<Integer> {
    public enum Format { text, json, sarif }

    @Parameters(index = "0", arity = "0..1", paramLabel = "MODEL", description = "Model file (.tlm), or example:NAME; default: the bundled smart-factory")
    String model;

    @Option(names = "--format", defaultValue = "text", description = "text, json or sarif (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output")
    Path output;

    @Option(names = "--fail-on", paramLabel = "RISK", description = "Exit 1 if an open threat has at least this risk: low, medium, high, critical")
    String failOn;

    @Mixin RuleOptions ruleOptions;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Level gate = null;
        if (failOn != null) {
            gate = Level.get(failOn.toUpperCase(Locale.ROOT));
            if (gate == null) {
                return ExitCodes.badInput(err, "--fail-on must be low, medium, high or critical, not '" + failOn + "'");
            }
        }
        SystemModel m;
        try {
            m = ModelSource.load(model);
        } catch (ModelLoadException e) {
            return LoadFailure.report(e, org.threatloom.app.cli.Format.text, out, err);
        }
        DerivationEngine engine;
        try {
            engine = new DerivationEngine(ruleOptions.load());
        } catch (RuleLoadException e) {
            return ExitCodes.badInput(err, "rules: " + e.getMessage());
        }
        Analysis analysis = engine.derive(m, Progress.forConsole(err));
        String file = ModelSource.describe(model);
        String report = switch (format) {
            case json -> Json.mapper().writeValueAsString(AnalysisJson.of(analysis, m.getId(), Labels.name(m), file, Version.current()));
            case sarif -> Json.mapper().writeValueAsString(SarifWriter.of(analysis, sarifUri(), lines(), Version.current()));
            case text -> text(analysis, file);
        };
        Output.write(report, output, out);
        if (gate != null && !analysis.openAtLeast(gate).isEmpty()) {
            err.printf("threatloom: %d open threat(s) at or above %s%n", analysis.openAtLeast(gate).size(), gate.getLiteral());
            err.flush();
            return ExitCodes.FINDINGS;
        }
        return ExitCodes.OK;
    }

    private String sarifUri() {
        if (model == null || model.startsWith("example:")) return ModelSource.describe(model);
        Path p = Path.of(model).normalize();
        return p.isAbsolute() ? p.toUri().toString() : p.toString().replace('\\', '/');
    }

    private java.util.function.ToIntFunction<String> lines() {
        if (model == null || model.startsWith("example:") || !Files.isRegularFile(Path.of(model))) return id -> 0;
        Map<String, Integer> lines = ElementLines.of(Path.of(model));
        return id -> lines.getOrDefault(id, 0);
    }

    static String text(Analysis a, String file) {
        StringBuilder sb = new StringBuilder();
        long critical = a.openAtLeast(Level.CRITICAL).size();
        long high = a.openAtLeast(Level.HIGH).size() - critical;
        long medium = a.openAtLeast(Level.MEDIUM).size() - critical - high;
        long low = a.open().size() - critical - high - medium;
        sb.append(String.format("%s: %d threats (%d open: %d critical, %d high, %d medium, %d low) from %d rules, %d checks%n",
                file, a.threats().size(), a.open().size(), critical, high, medium, low, a.rules(), a.checks()));
        sb.append(String.format("%-8s  %-14s  %-58s  %s%n", "RISK", "STATUS", "THREAT", "TITLE"));
        for (ThreatFinding t : a.threats()) {
            sb.append(String.format("%-8s  %-14s  %-58s  %s%n", t.risk().getLiteral(), t.status().getLiteral(), t.id(), t.title()));
        }
        return sb.toString();
    }
}
