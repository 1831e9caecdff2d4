package org.threatloom.web.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.threatloom.web.security.Accounts;
import org.threatloom.web.security.Role;
import org.threatloom.web.server.ServerOptions;
import org.threatloom.web.server.WebServer;
import org.threatloom.web.workspace.Workspace;

/** A real server on port 0 over a temporary workspace seeded with the examples, with one account per role. */
public final class TestServer implements AutoCloseable {
    public static final String PASSWORD = "correct horse battery staple";
    public final WebServer server;
    public final Path dir;

    private TestServer(WebServer server, Path dir) {
        this.server = server;
        this.dir = dir;
    }

    public static TestServer start() throws Exception {
        return start(o -> o);
    }

    public static TestServer start(java.util.function.UnaryOperator<ServerOptions> tweak) throws Exception {
        Path dir = Files.createTempDirectory("tl-web-test").resolve("team");
        Workspace w = new Workspace(dir);
        w.seedExamplesIfEmpty();
        Accounts a = Accounts.open(dir.resolve(WebServer.ACCOUNTS_FILE));
        for (Role r : Role.values()) a.put(r.label(), PASSWORD, Map.of("team", r));
        a.put("outsider", PASSWORD, Map.of("another-project", Role.ADMIN));
        ServerOptions o = tweak.apply(ServerOptions.defaults(dir).withPort(0).withTimeouts(Duration.ofMinutes(30), Duration.ofHours(8)));
        return new TestServer(WebServer.start(o), dir);
    }

    public String url() {
        return server.url();
    }

    public Http login(String user) throws Exception {
        Http h = new Http(url());
        h.login(user, PASSWORD);
        return h;
    }

    @Override
    public void close() {
        server.close();
    }
}
