package org.threatloom.web.analysis;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.threatloom.catalog.derive.Analysis;
import org.threatloom.catalog.derive.DerivationEngine;
import org.threatloom.catalog.derive.ThreatFinding;
import org.threatloom.evidence.json.AnalysisJson;
import org.threatloom.metamodel.validation.Finding;
import org.threatloom.metamodel.validation.ModelValidator;
import org.threatloom.metamodel.validation.ValidationReport;
import org.threatloom.web.server.ApiException;
import org.threatloom.web.server.Json;
import org.threatloom.web.workspace.ModelHandle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Runs threat derivation and validation on a small, bounded pool: a few workers and a short queue, so that many
 * analyses at once wait their turn (or get 503 with Retry-After when the queue is full) while every other request is
 * served by Jetty's own threads. Results are cached per model revision. The web module only calls the engine.
 */
public final class AnalysisQueue implements AutoCloseable {
    private final DerivationEngine engine;
    private final ThreadPoolExecutor pool;
    private final Map<String, ObjectNode> threats = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> validations = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> pending = new ConcurrentHashMap<>();

    public AnalysisQueue(DerivationEngine engine, int workers, int queue) {
        this.engine = engine;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(workers, workers, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, "analysis-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** The threats of the model's current revision, computing them if needed. */
    public ObjectNode threats(ModelHandle h) {
        return await(h, threats, () -> computeThreats(h));
    }

    /** The validation findings of the model's current revision. */
    public ObjectNode validation(ModelHandle h) {
        return await(h, validations, () -> computeValidation(h));
    }

    private ObjectNode await(ModelHandle h, Map<String, ObjectNode> cache, java.util.concurrent.Callable<ObjectNode> task) {
        ObjectNode hit = cached(cache, h);
        if (hit != null) return hit;
        Future<ObjectNode> f;
        try {
            f = pool.submit(task);
        } catch (RejectedExecutionException e) {
            throw new ApiException(503, "busy", "the analysis queue is full; try again shortly");
        }
        try {
            return f.get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new ApiException(503, "busy", "the analysis did not finish in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "busy", "interrupted");
        } catch (ExecutionException e) {
            throw new ApiException(500, "analysis_failed", "analysis failed: " + e.getCause());
        }
    }

    /**
     * Recomputes after a change and hands each result to {@code done}: first the threats (what people wait for),
     * then the validation. Bursts of changes coalesce into one run of the latest revision.
     */
    public void refresh(ModelHandle h, Consumer<ObjectNode> done) {
        AtomicInteger p = pending.computeIfAbsent(h.id(), k -> new AtomicInteger());
        if (p.getAndIncrement() > 0) return; // a run is queued or running: it will loop
        try {
            pool.execute(() -> {
                do {
                    p.set(1);
                    try {
                        done.accept(computeThreats(h));
                        done.accept(computeValidation(h));
                    } catch (RuntimeException | LinkageError e) {
                        // the next edit or request tries again
                    }
                } while (p.decrementAndGet() > 0);
            });
        } catch (RejectedExecutionException e) {
            p.set(0);
        }
    }

    private static ObjectNode cached(Map<String, ObjectNode> cache, ModelHandle h) {
        ObjectNode c = cache.get(h.id());
        return c != null && c.path("revision").asLong() == h.revision() ? c : null;
    }

    private ObjectNode computeThreats(ModelHandle h) {
        ObjectNode hit = cached(threats, h);
        if (hit != null) return hit;
        ObjectNode out = h.read(model -> {
            long t0 = System.nanoTime();
            Analysis a = engine.derive(model);
            ObjectNode n = Json.object();
            n.put("type", "analysis");
            n.put("model", h.id());
            n.put("revision", h.revisionUnlocked());
            ObjectNode summary = n.putObject("summary");
            summary.put("threats", a.threats().size());
            summary.put("open", a.open().size());
            summary.put("rules", a.rules());
            ArrayNode list = n.putArray("threats");
            for (ThreatFinding t : a.threats()) list.add(AnalysisJson.threat(t));
            n.put("millis", (System.nanoTime() - t0) / 1_000_000);
            return n;
        });
        threats.put(h.id(), out);
        return out;
    }

    private ObjectNode computeValidation(ModelHandle h) {
        ObjectNode hit = cached(validations, h);
        if (hit != null) return hit;
        ObjectNode out = h.read(model -> {
            ValidationReport report = ModelValidator.validate(model);
            ObjectNode n = Json.object();
            n.put("type", "validation");
            n.put("model", h.id());
            n.put("revision", h.revisionUnlocked());
            n.put("valid", report.valid());
            ArrayNode findings = n.putArray("validation");
            for (Finding f : report.findings()) findings.add(finding(f));
            return n;
        });
        validations.put(h.id(), out);
        return out;
    }

    static ObjectNode finding(Finding f) {
        ObjectNode n = Json.object();
        n.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
        n.put("element", f.elementId());
        n.put("type", f.elementType());
        n.put("name", f.elementName());
        n.put("message", f.message());
        return n;
    }

    public DerivationEngine engine() {
        return engine;
    }

    public int queued() {
        return pool.getQueue().size();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
