package org.threatloom.app.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.threatloom.app.cli.ExitCodes;
import org.threatloom.app.cli.Format;
import org.threatloom.app.cli.Json;
import org.threatloom.app.cli.LoadFailure;
import org.threatloom.app.cli.RuleOptions;
import org.threatloom.catalog.derive.Analysis;
import org.threatloom.catalog.derive.Correspondence;
import org.threatloom.catalog.derive.DerivationEngine;
import org.threatloom.catalog.rules.RuleLoadException;
import org.threatloom.metamodel.interop.ImportException;
import org.threatloom.metamodel.interop.ImportReport;
import org.threatloom.metamodel.interop.Importers;
import org.threatloom.metamodel.interop.InteropFormat;
import org.threatloom.metamodel.interop.Reimport;
import org.threatloom.metamodel.io.ModelLoadException;
import org.threatloom.metamodel.io.ModelStore;
import org.threatloom.metamodel.query.Labels;
import org.threatloom.metamodel.validation.ModelValidator;
import org.threatloom.metamodel.validation.ValidationReport;
import org.threatloom.model.Stride;
import org.threatloom.model.SystemModel;
import org.threatloom.model.Threat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a Threat Dragon (v1/v2), Threagile, OTM or MS Threat Modeling Tool (.tm7) model into a ThreatLoom model.",
                "Prints what was imported, what could not be mapped (with its place), and which ThreatLoom-derived threats correspond to "
                        + "the imported ones. If MODEL.tlm exists, elements are matched by their source ids and updated; content added "
                        + "in ThreatLoom (review decisions, countermeasures, refinements) is kept. Exit 0, or 2 on a bad file (nothing written)."})
public final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import")
    Path file;

    @Option(names = "--from", paramLabel = "FORMAT", description = "threat-dragon, threagile, otm or tm7 (default: told from the file)")
    String from;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "MODEL.tlm", description = "The ThreatLoom model to write (updated if it exists)")
    Path output;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin RuleOptions ruleOptions;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        InteropFormat fmt = InteropFormat.byName(from);
        if (from != null && fmt == null) {
            return ExitCodes.badInput(err, "--from must be one of " + InteropFormat.names() + ", not '" + from + "'");
        }
        Importers.ImportResult result;
        try {
            result = Importers.read(file, fmt);
        } catch (ImportException e) {
            err.println("threatloom: " + e.describe());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        SystemModel model = result.model();
        ImportReport report = result.report();
        if (Files.exists(output)) {
            try {
                model = Reimport.merge(ModelStore.load(output), model, report);
            } catch (ModelLoadException e) {
                return LoadFailure.report(e, Format.text, out, err);
            }
            ValidationReport v = ModelValidator.validate(model);
            if (!v.valid()) {
                return ExitCodes.badInput(err, "" + output + ": the re-imported model does not validate: " + v.errors().get(0).message() + " (nothing written)");
            }
        }
        Analysis analysis;
        try {
            analysis = new DerivationEngine(ruleOptions.load()).derive(model);
        } catch (RuleLoadException e) {
            return ExitCodes.badInput(err, "rules: " + e.getMessage());
        }
        List<Correspondence.Row> rows = Correspondence.of(model, analysis);
        try {
            ModelStore.save(model, output);
        } catch (IOException e) {
            return ExitCodes.badInput(err, "" + output + ": cannot write: " + e.getMessage());
        }
        if (format == Format.json) Json.print(out, json(report, rows, analysis));
        else out.print(text(report, rows, analysis));
        out.flush();
        return ExitCodes.OK;
    }

    private String text(ImportReport report, List<Correspondence.Row> rows, Analysis analysis) {
        StringBuilder sb = new StringBuilder(report.text());
        sb.append(String.format("written: %s%n", output));
        long found = rows.stream().filter(Correspondence.Row::found).count();
        long byElement = rows.stream().filter(Correspondence.Row::foundByElementAndStride).count();
        sb.append(String.format("correspondence: %d imported threat(s), %d also found by ThreatLoom (%d by element and STRIDE); "
                + "ThreatLoom derives %d threat(s)%n", rows.size(), found, byElement, analysis.threats().size() - rows.size()));
        if (rows.isEmpty()) return sb.toString();
        sb.append(String.format("%-40s  %-24s  %-22s  %-14s  %s%n", "IMPORTED THREAT", "ELEMENT", "STRIDE", "STATUS", "THREATLOOM"));
        for (Correspondence.Row r : rows) {
            Threat t = r.imported();
            String head = String.format("%-40s  %-24s  %-22s  %-14s  ", cut(t.getId() + " " + t.getName(), 40), cut(element(t), 24),
                    t.getStride().getLiteral(), t.getStatus().getLiteral());
            if (r.links().isEmpty()) sb.append(head).append("- (not found)").append(System.lineSeparator());
            for (int i = 0; i < r.links().size(); i++) {
                Correspondence.Link l = r.links().get(i);
                sb.append(i == 0 ? head : " ".repeat(head.length())).append(l.derived().id()).append(" (").append(match(l.match())).append(')')
                        .append(System.lineSeparator());
            }
        }
        Map<Stride, Correspondence.Tally> tally = Correspondence.tally(rows);
        if (!tally.isEmpty()) {
            sb.append("by STRIDE (imported / found by element+STRIDE / found at all):");
            tally.forEach((s, t) -> sb.append(String.format(" %s %d/%d/%d;", s.getLiteral(), t.imported(), t.foundByElementAndStride(), t.found())));
            sb.append(System.lineSeparator());
        }
        return sb.toString();
    }

    private Map<String, Object> json(ImportReport report, List<Correspondence.Row> rows, Analysis analysis) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("file", report.file());
        doc.put("format", report.format().cliName());
        doc.put("output", output.toString());
        doc.put("counts", report.counts());
        List<Map<String, Object>> unmapped = new ArrayList<>();
        for (ImportReport.Unmapped u : report.unmapped()) unmapped.add(Map.of("place", u.place(), "item", u.item(), "reason", u.reason()));
        doc.put("unmapped", unmapped);
        doc.put("notes", report.notes());
        List<Map<String, Object>> list = new ArrayList<>();
        for (Correspondence.Row r : rows) {
            Threat t = r.imported();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", t.getId());
            row.put("sourceId", t.getSourceId());
            row.put("title", t.getName());
            row.put("status", t.getStatus().getLiteral());
            row.put("stride", t.getStride().getLiteral());
            row.put("element", t.getTarget() == null ? null : t.getTarget().getId());
            List<Map<String, Object>> matches = new ArrayList<>();
            for (Correspondence.Link l : r.links()) {
                matches.add(Map.of("id", l.derived().id(), "rule", l.derived().ruleId(), "match", l.match().name()));
            }
            row.put("derived", matches);
            list.add(row);
        }
        doc.put("correspondence", list);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("imported", rows.size());
        summary.put("found", rows.stream().filter(Correspondence.Row::found).count());
        summary.put("foundByElementAndStride", rows.stream().filter(Correspondence.Row::foundByElementAndStride).count());
        Map<String, Object> byStride = new LinkedHashMap<>();
        Correspondence.tally(rows).forEach((s, t) -> byStride.put(s.getLiteral(),
                Map.of("imported", t.imported(), "foundByElementAndStride", t.foundByElementAndStride(), "found", t.found())));
        summary.put("byStride", byStride);
        summary.put("derivedThreats", analysis.threats().size() - rows.size());
        doc.put("summary", summary);
        return doc;
    }

    private static String element(Threat t) {
        return t.getTarget() == null ? "-" : Labels.name(t.getTarget());
    }

    private static String match(Correspondence.Match m) {
        return switch (m) {
            case ELEMENT_AND_STRIDE -> "element+STRIDE";
            case ELEMENT_AND_REFERENCE -> "element+CAPEC/CWE";
            case REFERENCE -> "CAPEC/CWE";
        };
    }

    private static String cut(String s, int n) {
        String one = s == null ? "" : s.replace('\n', ' ');
        return one.length() <= n ? one : one.substring(0, n - 3) + "...";
    }
}
