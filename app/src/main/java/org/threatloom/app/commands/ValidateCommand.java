package org.threatloom.app.commands;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.threatloom.app.cli.ExitCodes;
import org.threatloom.app.cli.Format;
import org.threatloom.app.cli.Json;
import org.threatloom.app.cli.LoadFailure;
import org.threatloom.app.cli.ModelSource;
import org.threatloom.metamodel.io.ModelLoadException;
import org.threatloom.metamodel.validation.Finding;
import org.threatloom.metamodel.validation.ModelValidator;
import org.threatloom.metamodel.validation.ValidationReport;
import org.threatloom.model.SystemModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Load a model and check it: exit 0 when valid (warnings allowed), 2 with messages otherwise.")
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "MODEL",
            description = "Model file (.tlm), or example:NAME; default: the bundled smart-factory example")
    String model;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = ModelSource.describe(model);
        SystemModel loaded;
        try {
            loaded = ModelSource.load(model);
        } catch (ModelLoadException e) {
            return LoadFailure.report(e, format, out, err);
        }
        ValidationReport report = ModelValidator.validate(loaded);
        if (format == Format.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("file", name);
            doc.put("valid", report.valid());
            doc.put("errors", findings(report.errors()));
            doc.put("warnings", findings(report.warnings()));
            Json.print(out, doc);
        } else {
            out.printf("%s: %s (%d errors, %d warnings)%n", name, report.valid() ? "valid" : "INVALID", report.errors().size(),
                    report.warnings().size());
            for (Finding f : report.findings()) out.println("  " + f.describe());
            out.flush();
        }
        return report.valid() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    private static List<Map<String, Object>> findings(List<Finding> findings) {
        return findings.stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("element", f.elementId());
            m.put("type", f.elementType());
            m.put("name", f.elementName());
            m.put("message", f.message());
            return m;
        }).toList();
    }
}
