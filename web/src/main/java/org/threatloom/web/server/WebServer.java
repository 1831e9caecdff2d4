package org.threatloom.web.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.threatloom.catalog.derive.DerivationEngine;
import org.threatloom.catalog.rules.RuleLoadException;
import org.threatloom.catalog.rules.RuleLoader;
import org.threatloom.metamodel.io.ModelLoadException;
import org.threatloom.web.analysis.AnalysisQueue;
import org.threatloom.web.decisions.DecisionRecorder;
import org.threatloom.web.routes.AnalysisRoutes;
import org.threatloom.web.routes.AuthRoutes;
import org.threatloom.web.routes.DecisionRoutes;
import org.threatloom.web.routes.EditRoutes;
import org.threatloom.web.routes.MinutesRoutes;
import org.threatloom.web.routes.ModelRoutes;
import org.threatloom.web.routes.OpenApiRoute;
import org.threatloom.web.security.AccessGuard;
import org.threatloom.web.security.Accounts;
import org.threatloom.web.security.LoginThrottle;
import org.threatloom.web.security.Role;
import org.threatloom.web.security.Sessions;
import org.threatloom.web.workspace.ModelHandle;
import org.threatloom.web.workspace.Workspace;
import org.threatloom.web.ws.ModelHub;
import org.threatloom.web.ws.WorkshopSocket;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;

/**
 * The ThreatLoom web server: one workspace, the REST API under {@code /api/v1}, the per-model WebSocket and the
 * bundled editor. {@link #start} refuses a non-loopback host while no accounts exist; on loopback with no accounts
 * it creates a local {@code admin} with a random one-time password (see {@link #initialAdminPassword()}).
 */
public final class WebServer implements AutoCloseable {
    public static final String ACCOUNTS_FILE = ".threatloom-web/accounts.json";

    private final ServerOptions options;
    private final Workspace workspace;
    private final Accounts accounts;
    private final AnalysisQueue queue;
    private final org.threatloom.web.analysis.FormalQueue formal;
    private final ModelHub hub = new ModelHub();
    private final Sessions sessions;
    private final String initialAdminPassword;
    private Javalin app;
    private Api api;

    private WebServer(ServerOptions options, Workspace workspace, Accounts accounts, AnalysisQueue queue, String initialAdminPassword) {
        this.options = options;
        this.workspace = workspace;
        this.accounts = accounts;
        this.queue = queue;
        this.formal = new org.threatloom.web.analysis.FormalQueue(queue.engine());
        this.initialAdminPassword = initialAdminPassword;
        this.sessions = new Sessions(options.idleTimeout(), options.absoluteTimeout(), Clock.systemUTC());
    }

    /** Opens the workspace and accounts, loads the rules, and starts listening. */
    public static WebServer start(ServerOptions options) throws IOException, RuleLoadException {
        Workspace w = new Workspace(options.workspace());
        Accounts accounts = Accounts.open(w.dir().resolve(ACCOUNTS_FILE));
        String initial = null;
        if (accounts.isEmpty()) {
            if (!options.loopback()) {
                throw new IllegalStateException("refusing to listen on " + options.host() + " without accounts: start once on 127.0.0.1 "
                        + "to create the admin account, add users, then restart with --host (see web/README.md)");
            }
            initial = Accounts.randomSecret(18);
            accounts.put("admin", initial, Map.of("*", Role.ADMIN));
        }
        AnalysisQueue q = new AnalysisQueue(new DerivationEngine(RuleLoader.loadDefault()), options.analysisWorkers(), options.analysisQueue());
        WebServer s = new WebServer(options, w, accounts, q, initial);
        s.listen();
        return s;
    }

    private void listen() {
        boolean secure = options.cookiesSecure();
        AccessGuard guard = new AccessGuard(sessions, options.loopback());
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = options.maxUploadBytes();
        });
        app.before(ctx -> SecurityHeaders.apply(ctx, secure));
        app.before(guard::before);
        app.exception(ApiException.class, (e, ctx) -> {
            ObjectNode n = e.details() == null ? Json.object() : e.details().deepCopy();
            n.put("error", e.code());
            n.put("message", e.getMessage());
            ctx.status(e.status());
            if (e.status() == 503) ctx.header("Retry-After", "1");
            Json.send(ctx, n);
        });
        app.exception(HttpResponseException.class, (e, ctx) -> {
            ObjectNode n = Json.object();
            n.put("error", "http_" + e.getStatus());
            n.put("message", e.getMessage());
            ctx.status(e.getStatus());
            Json.send(ctx, n);
        });
        app.exception(Exception.class, (e, ctx) -> {
            ObjectNode n = Json.object();
            n.put("error", "internal");
            n.put("message", "internal error");
            ctx.status(500);
            Json.send(ctx, n);
            org.slf4j.LoggerFactory.getLogger(WebServer.class).error("request failed: " + ctx.path(), e);
        });
        api = new Api(app);
        new AuthRoutes(accounts, sessions, new LoginThrottle(Clock.systemUTC()), hub, workspace.name(), secure).register(api);
        new ModelRoutes(workspace, options.maxUploadBytes()).register(api);
        new EditRoutes(workspace).register(api);
        new AnalysisRoutes(workspace, queue).register(api);
        new DecisionRoutes(workspace, new DecisionRecorder(Clock.systemUTC())).register(api);
        new MinutesRoutes(workspace, queue).register(api);
        new org.threatloom.web.routes.FormalRoutes(workspace, formal).register(api);
        OpenApiRoute.register(api);
        WorkshopSocket.install(app, guard, sessions, workspace, hub);
        StaticUi.install(app);
        workspace.listen(ev -> {
            hub.publish(ev);
            try {
                ModelHandle h = workspace.get(ev.modelId());
                if (h != null) queue.refresh(h, a -> hub.broadcast(h.id(), a));
            } catch (ModelLoadException ignored) {
                // cannot happen for an open model
            }
        });
        app.start(options.host(), options.port());
    }

    public int port() { return app.port(); }

    public String url() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + port();
    }

    public Workspace workspace() { return workspace; }

    public Accounts accounts() { return accounts; }

    /** The generated admin password when this start created the admin account, else null. */
    public String initialAdminPassword() { return initialAdminPassword; }

    /** Every API route registered, with its least role (for the OpenAPI test). */
    public List<RouteSpec> routes() { return api.routes(); }

    public Path workspaceDir() { return workspace.dir(); }

    @Override
    public void close() {
        if (app != null) app.stop();
        queue.close();
        formal.close();
        hub.close();
    }
}
