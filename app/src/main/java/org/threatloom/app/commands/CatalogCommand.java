package org.threatloom.app.commands;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.threatloom.app.cli.ExitCodes;
import org.threatloom.app.cli.Format;
import org.threatloom.app.cli.Json;
import org.threatloom.catalog.CatalogSet;
import org.threatloom.catalog.CatalogStats;
import org.threatloom.catalog.data.CatalogEntry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = {"What the shipped catalogs hold: 'catalog stats', 'catalog show ID', 'catalog search TEXT'.",
                "IDs: CAPEC-94, CWE-1191, TID-201, PID-11, MID-003, T0800, M0801, A0001."})
public final class CatalogCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ACTION", description = "stats, show or search")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ARG", description = "The id (show) or text (search)")
    String argument;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        CatalogSet catalogs = CatalogSet.loadDefault();
        switch (action) {
            case "stats" -> {
                List<CatalogStats> stats = catalogs.stats();
                if (format == Format.json) Json.print(out, stats);
                else stats.forEach(s -> out.println(s));
            }
            case "show" -> {
                if (argument == null) return usage(err, "catalog show needs an ID");
                var entry = catalogs.find(argument);
                if (entry.isEmpty()) {
                    return ExitCodes.badInput(err, "no catalog entry '" + argument + "'");
                }
                if (format == Format.json) Json.print(out, entry.get());
                else out.println(describe(entry.get(), catalogs));
            }
            case "search" -> {
                if (argument == null) return usage(err, "catalog search needs TEXT");
                List<CatalogEntry> hits = catalogs.search(argument);
                if (format == Format.json) Json.print(out, hits.stream().map(e -> java.util.Map.of("id", e.id(), "name", e.name(), "catalog", e.catalog().name())).toList());
                else hits.forEach(e -> out.printf("%-12s %-10s %s%n", e.id(), e.catalog().name(), e.name()));
            }
            default -> {
                return usage(err, "unknown action '" + action + "' (stats, show, search)");
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String describe(CatalogEntry e, CatalogSet catalogs) {
        StringBuilder sb = new StringBuilder(e.id()).append("  ").append(e.name()).append("  (").append(e.catalog().name()).append(' ')
                .append(catalogs.catalogVersions().get(e.catalog())).append(")\n");
        String json;
        try {
            json = Json.mapper().writeValueAsString(e);
        } catch (Exception ex) {
            json = e.toString();
        }
        return sb.append(json).toString();
    }

    private static int usage(PrintWriter err, String message) {
        return ExitCodes.badInput(err, "" + message);
    }
}
