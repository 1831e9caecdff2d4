package org.threatloom.web.ws;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jetty.websocket.api.WriteCallback;

import io.javalin.websocket.WsContext;

/**
 * One open connection to a model's workshop: who, with which session, what they are editing, and their outbox.
 * Messages leave in the order they were queued, one write in flight at a time, without blocking a thread: a slow
 * or large send to one participant never delays the others.
 */
final class Participant {
    final WsContext ctx;
    final String connection;
    final String user;
    final String sessionId;
    final boolean canFacilitate;
    volatile String editing;
    private final Queue<String> outbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean sending = new AtomicBoolean();
    private final Executor executor;

    Participant(WsContext ctx, String connection, String user, String sessionId, boolean canFacilitate, Executor executor) {
        this.ctx = ctx;
        this.connection = connection;
        this.user = user;
        this.sessionId = sessionId;
        this.canFacilitate = canFacilitate;
        this.executor = executor;
    }

    void enqueue(String text) {
        outbox.add(text);
        drain();
    }

    private void drain() {
        if (outbox.isEmpty() || !sending.compareAndSet(false, true)) return;
        String next = outbox.poll();
        if (next == null || !ctx.session.isOpen()) {
            if (!ctx.session.isOpen()) outbox.clear();
            sending.set(false);
            if (next != null && !outbox.isEmpty()) executor.execute(this::drain);
            return;
        }
        try {
            ctx.session.getRemote().sendString(next, new WriteCallback() {
                @Override
                public void writeSuccess() {
                    sending.set(false);
                    executor.execute(Participant.this::drain);
                }

                @Override
                public void writeFailed(Throwable x) {
                    outbox.clear(); // the connection is gone; its close event removes the participant
                    sending.set(false);
                }
            });
        } catch (RuntimeException e) {
            outbox.clear();
            sending.set(false);
        }
    }
}
