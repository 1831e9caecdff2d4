package org.threatloom.app.commands;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.threatloom.app.cli.ExitCodes;
import org.threatloom.app.cli.Format;
import org.threatloom.app.cli.Json;
import org.threatloom.app.cli.LoadFailure;
import org.threatloom.app.cli.ModelSource;
import org.threatloom.metamodel.io.ModelLoadException;
import org.threatloom.metamodel.query.ModelSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print a readable summary of a model: counts per type, zones with SL-T, suppliers.")
public final class ShowCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "MODEL",
            description = "Model file (.tlm), or example:NAME; default: the bundled smart-factory example")
    String model;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ModelSummary summary;
        try {
            summary = ModelSummary.of(ModelSource.load(model));
        } catch (ModelLoadException e) {
            return LoadFailure.report(e, format, out, spec.commandLine().getErr());
        }
        if (format == Format.json) Json.print(out, summary);
        else printText(out, summary);
        return ExitCodes.OK;
    }

    private static void printText(PrintWriter out, ModelSummary s) {
        out.printf("%s [%s]: %d elements%n%n", s.name(), s.id(), s.elements());
        out.println("Elements by type");
        s.countsByType().forEach((type, n) -> out.printf("  %-24s %5d%n", type, n));
        int w = Math.max(12, s.zones().stream().mapToInt(z -> z.name().length()).max().orElse(0));
        out.printf("%nZones (%d)%n  %-" + w + "s %-14s %-15s %7s  %s%n", s.zones().size(), "zone", "domain", "SL-T FR1..7", "members", "controlled by");
        for (ModelSummary.ZoneLine z : s.zones()) {
            out.printf("  %-" + w + "s %-14s %-15s %7d  %s%n", z.name(), z.domain(), vector(z.slTarget()), z.members(),
                    z.controlledBy() == null ? "-" : z.controlledBy());
        }
        out.printf("%nSuppliers (%d)%n", s.suppliers().size());
        for (ModelSummary.SupplierLine sup : s.suppliers()) {
            out.printf("  %s (%s%s)%n", sup.name(), sup.type(), sup.country() == null ? "" : ", " + sup.country());
            for (ModelSummary.SupplyLine line : sup.supplies()) {
                out.printf("      %-18s %s%s%n", line.phase(), String.join(", ", line.parts()),
                        line.verifications().isEmpty() ? "   [no verification]" : "   [" + String.join(", ", line.verifications()) + "]");
            }
        }
        out.flush();
    }

    private static String vector(Map<String, Integer> levels) {
        if (levels.isEmpty()) return "(none)";
        return levels.values().stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
}
