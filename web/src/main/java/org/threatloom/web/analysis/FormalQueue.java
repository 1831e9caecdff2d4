package org.threatloom.web.analysis;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.threatloom.catalog.derive.Analysis;
import org.threatloom.catalog.derive.DerivationEngine;
import org.threatloom.compliance.assess.AssessOptions;
import org.threatloom.compliance.assess.Assessment;
import org.threatloom.compliance.assess.AssessmentEngine;
import org.threatloom.compliance.profile.Profile;
import org.threatloom.compliance.profile.Profiles;
import org.threatloom.formal.check.CheckOptions;
import org.threatloom.formal.check.Checker;
import org.threatloom.formal.result.CheckReport;
import org.threatloom.formal.result.ReportJson;
import org.threatloom.model.SystemModel;
import org.threatloom.web.server.ApiException;
import org.threatloom.web.server.Json;
import org.threatloom.web.workspace.ModelHandle;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The formal check (formal-checker) and the compliance assessment (compliance-profiles), run on a copy of the model
 * taken under the read lock (so a long check never holds up edits), one at a time with a short queue, each within a
 * time budget; results cached per model revision. The web module only calls the engines and turns results into JSON.
 */
public final class FormalQueue implements AutoCloseable {
    public static final long CHECK_BUDGET_MS = 30_000;
    private final DerivationEngine engine;
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(3),
            r -> {
                Thread t = new Thread(null, r, "formal-check", 256L << 20); // Kodkod translation needs a deep stack
                t.setDaemon(true);
                return t;
            });
    private final Map<String, ObjectNode> cache = new ConcurrentHashMap<>();
    private volatile Checker checker;

    public FormalQueue(DerivationEngine engine) {
        this.engine = engine;
    }

    public ObjectNode check(ModelHandle h) {
        return run(h, "check", (model, analysis) -> {
            CheckReport report = checker().check(model, analysis, h.id());
            ObjectNode n = (ObjectNode) Json.MAPPER.valueToTree(ReportJson.of(report));
            return n;
        });
    }

    public ObjectNode assess(ModelHandle h, String profileName) {
        if (!Profiles.NAMES.contains(profileName)) throw ApiException.badRequest("profile must be one of " + Profiles.NAMES);
        return run(h, "assess:" + profileName, (model, analysis) -> {
            try {
                Profile p = Profiles.load(profileName);
                Assessment a = new AssessmentEngine().assess(model, analysis, p, AssessOptions.defaults());
                return ComplianceJson.of(a);
            } catch (org.threatloom.compliance.profile.ProfileLoadException e) {
                throw new ApiException(500, "profile_unreadable", e.getMessage());
            }
        });
    }

    /** The evidence pack as a ZIP (not cached: it carries its date). */
    public byte[] evidencePack(ModelHandle h, boolean pdf) {
        Future<byte[]> f;
        try {
            f = pool.submit(() -> {
                SystemModel copy = h.read(m -> EcoreUtil.copy(m));
                return EvidencePack.zip(copy, h.id(), engine.derive(copy), engine.rules(), CHECK_BUDGET_MS, pdf);
            });
        } catch (RejectedExecutionException e) {
            throw new ApiException(503, "busy", "a check is already running; try again shortly");
        }
        try {
            return f.get(CHECK_BUDGET_MS * 4, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new ApiException(503, "busy", "the evidence pack did not finish in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "busy", "interrupted");
        } catch (ExecutionException e) {
            throw new ApiException(500, "report_failed", String.valueOf(e.getCause()));
        }
    }

    public static List<String> profiles() {
        return Profiles.NAMES;
    }

    private interface Work {
        ObjectNode run(SystemModel model, Analysis analysis) throws Exception;
    }

    private ObjectNode run(ModelHandle h, String kind, Work work) {
        String key = h.id() + "|" + kind;
        long revision = h.revision();
        ObjectNode hit = cache.get(key);
        if (hit != null && hit.path("revision").asLong() == revision) return hit;
        Future<ObjectNode> f;
        try {
            f = pool.submit(() -> {
                long[] rev = new long[1];
                SystemModel copy = h.read(m -> {
                    rev[0] = h.revisionUnlocked();
                    return EcoreUtil.copy(m);
                });
                ObjectNode out = work.run(copy, engine.derive(copy));
                out.put("revision", rev[0]);
                cache.put(key, out);
                return out;
            });
        } catch (RejectedExecutionException e) {
            throw new ApiException(503, "busy", "a check is already running; try again shortly");
        }
        try {
            return f.get(CHECK_BUDGET_MS * 2, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new ApiException(503, "busy", "not finished within the budget");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "busy", "interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ApiException a) throw a;
            throw new ApiException(500, kind.startsWith("check") ? "check_failed" : "assess_failed", String.valueOf(e.getCause()));
        }
    }

    private Checker checker() {
        Checker c = checker;
        if (c == null) {
            synchronized (this) {
                if (checker == null) checker = new Checker(CheckOptions.defaults().withBudget(CHECK_BUDGET_MS).withThreads(1));
                c = checker;
            }
        }
        return c;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        if (checker != null) checker.close();
    }
}
