package org.threatloom.app.commands;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.threatloom.app.cli.ExitCodes;
import org.threatloom.web.server.ServerOptions;
import org.threatloom.web.server.StaticUi;
import org.threatloom.web.server.WebServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a workspace of models: the browser editor, the REST API under /api/v1 and live workshops.",
                "Without --workspace: ~/.threatloom/workspace, seeded with the bundled examples on first start.",
                "On a loopback host with no accounts yet, a local 'admin' is created and its one-time password printed."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace folder (default: ~/.threatloom/workspace)")
    Path workspace;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}); a non-loopback host needs accounts and TLS in front")
    String host;

    @Spec CommandSpec spec;

    /** Set by tests to stop a running server; null when run from the command line. */
    public static volatile CountDownLatch stopSignal;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = workspace != null ? workspace : org.threatloom.web.workspace.Workspace.defaultDir();
        boolean fresh = !Files.exists(dir) || isEmpty(dir);
        ServerOptions options = ServerOptions.defaults(dir).withHost(host).withPort(port);
        WebServer server;
        try {
            if (fresh && (workspace == null || options.loopback())) {
                Files.createDirectories(dir);
                new org.threatloom.web.workspace.Workspace(dir).seedExamplesIfEmpty();
            }
            server = WebServer.start(options);
        } catch (IllegalStateException e) {
            err.println("threatloom: " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        out.println("ThreatLoom serving workspace " + server.workspaceDir() + " at " + server.url() + "/");
        if (!StaticUi.built()) out.println("(the browser UI is not in this build: the API is at " + server.url() + "/api/v1)");
        if (server.initialAdminPassword() != null) {
            out.println("Quick start: sign in as 'admin' with the one-time password " + server.initialAdminPassword());
            out.println("  (stored only as a hash in " + server.workspaceDir().resolve(WebServer.ACCOUNTS_FILE)
                    + "; delete that file to get a new one)");
        }
        out.println("Press Ctrl+C to stop.");
        out.flush();
        CountDownLatch stop = stopSignal != null ? stopSignal : new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "threatloom-stop"));
        stop.await();
        server.close();
        return ExitCodes.OK;
    }

    private static boolean isEmpty(Path dir) throws java.io.IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
