package org.threatloom.web.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.threatloom.metamodel.io.ModelStore;
import org.threatloom.model.ModelElement;
import org.threatloom.model.SystemModel;
import org.threatloom.web.edit.Change;
import org.threatloom.web.edit.EditApplier;
import org.threatloom.web.edit.EditException;
import org.threatloom.web.edit.ElementJson;
import org.threatloom.web.edit.LayoutTable;
import org.threatloom.web.server.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One open model: the EMF model in memory, its revision, layout and undo history. Every write runs under the write
 * lock: the revision is checked (optimistic concurrency), the change applied, the model saved through
 * {@link ModelStore} (atomic, with revisions), and the event published to listeners in that same order. A failed
 * save reverts the change in memory, so memory and disk never disagree.
 */
public final class ModelHandle {
    static final int UNDO_DEPTH = 200;

    private final String id;
    private final Path file;
    private final SystemModel model;
    private final LayoutTable layout = new LayoutTable();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final Deque<List<Change>> undo = new ArrayDeque<>();
    private final Deque<List<Change>> redo = new ArrayDeque<>();
    private final List<Consumer<ModelEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, ModelElement> index = new HashMap<>();
    private long revision;

    ModelHandle(String id, Path file, SystemModel model) {
        this.id = id;
        this.file = file;
        this.model = model;
        this.revision = Sidecar.read(file, layout);
        reindex();
    }

    public String id() { return id; }

    public Path file() { return file; }

    public long revision() {
        return read(m -> revision);
    }

    /** The revision, for code already holding the read or write lock. */
    public long revisionUnlocked() { return revision; }

    public void listen(Consumer<ModelEvent> l) { listeners.add(l); }

    /** Runs a read under the read lock (the model must not escape it). */
    public <T> T read(Function<SystemModel, T> f) {
        lock.readLock().lock();
        try {
            return f.apply(model);
        } finally {
            lock.readLock().unlock();
        }
    }

    public ObjectNode json() {
        return read(m -> ElementJson.model(id, m, revision, layout));
    }

    public ModelElement element(String elementId) {
        return read(m -> elementId.equals(m.getId()) ? m : index.get(elementId));
    }

    /** Applies a batch of edit operations based on revision {@code base}. */
    public ObjectNode edit(long base, JsonNode ops, String user) throws ConflictException, EditException, SaveFailedException {
        lock.writeLock().lock();
        try {
            check(base);
            EditApplier.Result r;
            try {
                r = new EditApplier(model, index, layout).apply(ops);
            } finally {
                reindex();
            }
            commit(r.changes(), user, "edit", r.created());
            undo.push(r.changes());
            if (undo.size() > UNDO_DEPTH) undo.removeLast();
            redo.clear();
            return outcome(r.created());
        } finally {
            lock.writeLock().unlock();
        }
    }

    public ObjectNode undo(long base, String user) throws ConflictException, SaveFailedException {
        return step(base, user, true);
    }

    public ObjectNode redo(long base, String user) throws ConflictException, SaveFailedException {
        return step(base, user, false);
    }

    private ObjectNode step(long base, String user, boolean isUndo) throws ConflictException, SaveFailedException {
        lock.writeLock().lock();
        try {
            check(base);
            Deque<List<Change>> from = isUndo ? undo : redo;
            Deque<List<Change>> to = isUndo ? redo : undo;
            if (from.isEmpty()) return outcome(List.of()).put("nothing", true);
            List<Change> batch = from.pop();
            List<Change> replay = isUndo ? reversed(batch) : batch;
            for (Change c : replay) if (isUndo) c.revert(); else c.apply();
            reindex();
            try {
                commit(List.of(), user, isUndo ? "undo" : "redo", List.of(), batch, isUndo);
            } catch (SaveFailedException e) {
                from.push(batch);
                throw e;
            }
            to.push(batch);
            return outcome(List.of());
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Appends an element built by {@code appender} (review decisions) as one write; undo history stops here. */
    public ObjectNode append(long base, String user, String kind, Function<SystemModel, List<Change>> appender)
            throws ConflictException, SaveFailedException {
        lock.writeLock().lock();
        try {
            check(base);
            List<Change> changes = appender.apply(model);
            reindex();
            commit(changes, user, kind, List.of());
            undo.clear();
            redo.clear();
            return outcome(List.of());
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void check(long base) throws ConflictException {
        if (base != revision) throw new ConflictException(base, revision);
    }

    private void commit(List<Change> changes, String user, String kind, List<String> created) throws SaveFailedException {
        commit(changes, user, kind, created, changes, false);
    }

    /** Saves, bumps the revision and publishes; on a failed save reverts {@code applied} (or re-applies it after an undo). */
    private void commit(List<Change> changes, String user, String kind, List<String> created, List<Change> applied, boolean wasUndo)
            throws SaveFailedException {
        try {
            ModelStore.save(model, file);
        } catch (IOException | RuntimeException e) {
            List<Change> back = wasUndo ? applied : reversed(applied);
            for (Change c : back) if (wasUndo) c.apply(); else c.revert();
            reindex();
            throw new SaveFailedException("could not save " + file.getFileName() + ": " + describe(e)
                    + "; the change was not made and the stored revision " + revision + " is intact", e);
        }
        revision++;
        try {
            Sidecar.write(file, revision, layout);
        } catch (IOException e) {
            // the model is saved; only positions and the counter's copy on disk are behind
        }
        publish(kind, user, created, applied);
    }

    private void publish(String kind, String user, List<String> created, List<Change> changes) {
        ObjectNode msg = Json.object();
        msg.put("type", "change");
        msg.put("kind", kind);
        msg.put("model", id);
        msg.put("revision", revision);
        msg.put("by", user);
        ArrayNode createdIds = msg.putArray("created");
        created.forEach(createdIds::add);
        ArrayNode updated = msg.putArray("elements");
        ArrayNode removed = msg.putArray("removed");
        ObjectNode layoutOut = msg.putObject("layout");
        Set<ModelElement> touched = new LinkedHashSet<>();
        for (Change c : changes) {
            collect(touched, c.owner());
            if (c instanceof Change.Add a && a.value() instanceof EObject e) collect(touched, e);
            if (c instanceof Change.Remove r && r.value() instanceof EObject e) collect(touched, e);
            if (c instanceof Change.Set s) {
                if (s.before() instanceof EObject e) collect(touched, e);
                if (s.after() instanceof EObject e) collect(touched, e);
            }
            if (c instanceof Change.Layout l) {
                var box = layout.get(l.elementId());
                layoutOut.set(l.elementId(), box == null ? null : ElementJson.box(box));
            }
        }
        for (ModelElement e : touched) {
            if (e == model || EcoreUtil.isAncestor(model, e)) {
                updated.add(ElementJson.element(e));
                e.eAllContents().forEachRemaining(o -> {
                    if (o instanceof ModelElement sub && created.contains(sub.getId())) updated.add(ElementJson.element(sub));
                });
            } else {
                removed.add(e.getId());
            }
        }
        ModelEvent ev = new ModelEvent(id, revision, msg);
        for (Consumer<ModelEvent> l : listeners) l.accept(ev);
    }

    private static void collect(Set<ModelElement> out, EObject o) {
        while (o != null && !(o instanceof ModelElement)) o = o.eContainer();
        if (o != null) out.add((ModelElement) o);
    }

    private ObjectNode outcome(List<String> created) {
        ObjectNode n = Json.object();
        n.put("revision", revision);
        ArrayNode c = n.putArray("created");
        created.forEach(c::add);
        n.put("canUndo", !undo.isEmpty());
        n.put("canRedo", !redo.isEmpty());
        return n;
    }

    private void reindex() {
        index.clear();
        model.eAllContents().forEachRemaining(o -> {
            if (o instanceof ModelElement e && e.getId() != null) index.put(e.getId(), e);
        });
    }

    private static List<Change> reversed(List<Change> l) {
        List<Change> r = new java.util.ArrayList<>(l);
        java.util.Collections.reverse(r);
        return r;
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException || e instanceof java.nio.file.ReadOnlyFileSystemException) {
            return "permission denied or read-only storage";
        }
        if (m != null && m.contains("No space left")) return "the disk is full";
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
