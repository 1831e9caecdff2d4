package org.threatloom.app;

import org.threatloom.app.cli.ExitCodes;
import org.threatloom.app.commands.AnalyzeCommand;
import org.threatloom.app.commands.AssessCommand;
import org.threatloom.app.commands.CatalogCommand;
import org.threatloom.app.commands.CheckCommand;
import org.threatloom.app.commands.ExplainCommand;
import org.threatloom.app.commands.ExportCommand;
import org.threatloom.app.commands.ImportCommand;
import org.threatloom.app.commands.ReportCommand;
import org.threatloom.app.commands.ServeCommand;
import org.threatloom.app.commands.ShowCommand;
import org.threatloom.app.commands.ValidateCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code threatloom} command. Exit codes: 0 success, 1 findings that fail a requested gate, 2 bad input or usage. */
@Command(name = "threatloom", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Model-based threat analysis, formal sufficiency proofs and compliance evidence.",
        subcommands = {ValidateCommand.class, ShowCommand.class, AnalyzeCommand.class, CheckCommand.class, ExplainCommand.class, CatalogCommand.class, AssessCommand.class, ReportCommand.class,
                ServeCommand.class, ImportCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class ThreatLoom implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (tests call this instead of main). */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs with the given output streams (for tests and embedding). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new ThreatLoom());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.BAD_INPUT);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("threatloom: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return ExitCodes.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("threatloom: internal error: " + ex);
            return ExitCodes.BAD_INPUT;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
