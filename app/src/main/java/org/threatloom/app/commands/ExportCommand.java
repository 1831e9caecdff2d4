package org.threatloom.app.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.threatloom.app.cli.ExitCodes;
import org.threatloom.app.cli.Format;
import org.threatloom.app.cli.LoadFailure;
import org.threatloom.app.cli.ModelSource;
import org.threatloom.app.cli.Output;
import org.threatloom.metamodel.interop.ExportResult;
import org.threatloom.metamodel.interop.Exporters;
import org.threatloom.metamodel.interop.InteropFormat;
import org.threatloom.metamodel.io.ModelLoadException;
import org.threatloom.model.SystemModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a model as a Threat Dragon v2 file or an Open Threat Model (OTM) document that the other tool opens.",
                "OTM is written as YAML when FILE ends in .yaml/.yml, else JSON. What the format cannot express is listed on "
                        + "standard error. Exit 0, or 2 on a bad model or option."})
public final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "MODEL", description = "Model file (.tlm), or example:NAME; default: the bundled smart-factory")
    String model;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "threat-dragon or otm")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output")
    Path output;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        InteropFormat format = InteropFormat.byName(to);
        if (format == null || !format.exportable()) {
            return ExitCodes.badInput(err, "--to must be threat-dragon or otm, not '" + to + "'");
        }
        SystemModel m;
        try {
            m = ModelSource.load(model);
        } catch (ModelLoadException e) {
            return LoadFailure.report(e, Format.text, out, err);
        }
        ExportResult result = Exporters.export(m, format, output == null ? null : output.getFileName().toString());
        Output.write(result.text(), output, out);
        for (String o : result.omitted()) err.println("threatloom: not exported: " + o);
        if (output != null) {
            err.printf("threatloom: wrote %s (%s)%n", output, format.cliName());
        }
        err.flush();
        return ExitCodes.OK;
    }
}
