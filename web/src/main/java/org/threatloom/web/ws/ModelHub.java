package org.threatloom.web.ws;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.threatloom.web.server.Json;
import org.threatloom.web.workspace.ModelEvent;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.websocket.WsContext;

/**
 * The live side of every model: who is connected (presence) and what they receive. Messages are queued to every
 * participant in the order the server produced them (model changes are published under the model's write lock),
 * and each participant's outbox sends them in that order, so all clients see the same changes in the same order.
 */
public final class ModelHub implements AutoCloseable {
    private final Map<String, Map<String, Participant>> byModel = new ConcurrentHashMap<>();
    private final Map<String, String> focus = new ConcurrentHashMap<>();
    private final ExecutorService sender = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "ws-sender");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong connections = new AtomicLong();

    /** A model event (edit, undo, decision): to everyone on that model. */
    public void publish(ModelEvent e) {
        broadcast(e.modelId(), e.message());
    }

    public void broadcast(String modelId, ObjectNode message) {
        String text = message.toString();
        for (Participant p : participants(modelId).values()) p.enqueue(text);
    }

    Participant join(String modelId, WsContext ctx, String user, String sessionId, boolean canFacilitate, long revision) {
        Participant p = new Participant(ctx, "c" + connections.incrementAndGet(), user, sessionId, canFacilitate, sender);
        ObjectNode hello = Json.object();
        hello.put("type", "hello");
        hello.put("connection", p.connection);
        hello.put("user", user);
        hello.put("revision", revision);
        String f = focus.get(modelId);
        if (f != null) hello.put("focus", f);
        p.enqueue(hello.toString());
        participants(modelId).put(p.connection, p);
        presence(modelId);
        return p;
    }

    void leave(String modelId, WsContext ctx) {
        participants(modelId).values().removeIf(p -> p.ctx.session == ctx.session);
        presence(modelId);
    }

    Participant find(String modelId, WsContext ctx) {
        for (Participant p : participants(modelId).values()) if (p.ctx.session == ctx.session) return p;
        return null;
    }

    void editing(String modelId, Participant p, String elementId) {
        p.editing = elementId;
        presence(modelId);
    }

    /** The facilitator moves the group to a threat. */
    void focus(String modelId, Participant by, String threatId) {
        if (threatId == null) focus.remove(modelId);
        else focus.put(modelId, threatId);
        ObjectNode m = Json.object();
        m.put("type", "focus");
        m.put("threatId", threatId);
        m.put("by", by.user);
        broadcast(modelId, m);
    }

    /** Closes the sockets of a session that ended (sign-out, expiry). */
    public void endSession(String sessionId) {
        for (Map<String, Participant> ps : byModel.values()) {
            for (Participant p : ps.values()) {
                if (p.sessionId.equals(sessionId)) sender.execute(() -> p.ctx.closeSession(4401, "signed out"));
            }
        }
    }

    public int count(String modelId) {
        return participants(modelId).size();
    }

    private void presence(String modelId) {
        ObjectNode m = Json.object();
        m.put("type", "presence");
        ArrayNode people = m.putArray("participants");
        for (Participant p : participants(modelId).values()) {
            ObjectNode n = people.addObject();
            n.put("connection", p.connection);
            n.put("user", p.user);
            n.put("editing", p.editing);
        }
        broadcast(modelId, m);
    }

    private Map<String, Participant> participants(String modelId) {
        return byModel.computeIfAbsent(modelId, k -> new ConcurrentHashMap<>());
    }

    public static Set<String> messageTypes() {
        return Set.of("hello", "change", "analysis", "validation", "presence", "focus");
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
