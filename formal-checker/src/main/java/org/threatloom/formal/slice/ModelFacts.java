package org.threatloom.formal.slice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.threatloom.catalog.derive.Analysis;
import org.threatloom.catalog.derive.ThreatFinding;
import org.threatloom.metamodel.query.ModelIndex;
import org.threatloom.model.AttackerProfile;
import org.threatloom.model.Component;
import org.threatloom.model.Compute;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.DataFlow;
import org.threatloom.model.Device;
import org.threatloom.model.HardwareComponent;
import org.threatloom.model.Level;
import org.threatloom.model.ModelElement;
import org.threatloom.model.Node;
import org.threatloom.model.SystemModel;
import org.threatloom.model.Workstation;

/**
 * What every slicer and the encoder look up, computed once per check: the derived threats by element, the
 * countermeasures protecting each element, the attack graph (flows and host nesting) in both directions.
 */
public final class ModelFacts {
    private final SystemModel model;
    private final ModelIndex index;
    private final Analysis analysis;
    private final Level threshold;
    private final Map<EObject, List<ThreatFinding>> threatsOn = new IdentityHashMap<>();
    private final Map<EObject, List<Countermeasure>> protecting = new IdentityHashMap<>();
    private final Map<EObject, Set<Node>> forward = new IdentityHashMap<>();
    private final Map<EObject, Set<Node>> backward = new IdentityHashMap<>();
    private final List<Component> critical = new ArrayList<>();
    private final List<AttackerProfile> attackers = new ArrayList<>();

    public ModelFacts(SystemModel model, Analysis analysis) {
        this.model = model;
        this.index = new ModelIndex(model);
        this.analysis = analysis;
        this.threshold = model.getRiskThreshold() == null ? Level.HIGH : model.getRiskThreshold();
        for (ThreatFinding t : analysis.threats()) threatsOn.computeIfAbsent(t.element(), k -> new ArrayList<>(2)).add(t);
        for (Countermeasure c : model.getCountermeasures()) {
            for (ModelElement e : c.getProtects()) protecting.computeIfAbsent(e, k -> new ArrayList<>(2)).add(c);
        }
        for (ModelElement e : index.elements()) {
            if (e instanceof DataFlow f && f.getSource() != null && f.getTarget() != null) {
                edge(f.getSource(), f.getTarget());
                if (f.isBidirectional()) edge(f.getTarget(), f.getSource());
            }
            if (e instanceof Component c) {
                if (c.isCritical()) critical.add(c);
                if (isHost(ModelIndex.container(c))) {
                    edge(c, ModelIndex.container(c));
                    edge(ModelIndex.container(c), c);
                }
            }
            if (e instanceof AttackerProfile a) attackers.add(a);
        }
    }

    /** Components whose parts share their fate (the {@code Host} signature of common.als). */
    public static boolean isHost(EObject o) {
        return o instanceof Device || o instanceof HardwareComponent || o instanceof Compute || o instanceof Workstation;
    }

    private void edge(Node from, Node to) {
        forward.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
        backward.computeIfAbsent(to, k -> new LinkedHashSet<>()).add(from);
    }

    public SystemModel model() {
        return model;
    }

    public ModelIndex index() {
        return index;
    }

    public Analysis analysis() {
        return analysis;
    }

    public Level threshold() {
        return threshold;
    }

    public List<ThreatFinding> threatsOn(EObject e) {
        return threatsOn.getOrDefault(e, List.of());
    }

    public boolean significant(ThreatFinding t) {
        return t.risk() != null && t.risk().getValue() >= threshold.getValue();
    }

    /** Countermeasures (any status) whose {@code protects} names this element. */
    public List<Countermeasure> protecting(EObject e) {
        return protecting.getOrDefault(e, List.of());
    }

    public List<Component> critical() {
        return critical;
    }

    public List<AttackerProfile> attackers() {
        return attackers;
    }

    /** Everything reachable from {@code start} over flows and host nesting (start included). */
    public Set<Node> forwardCone(Collection<? extends Node> start) {
        return cone(start, forward);
    }

    /** Everything that can reach {@code targets} over flows and host nesting (targets included). */
    public Set<Node> backwardCone(Collection<? extends Node> targets) {
        return cone(targets, backward);
    }

    private static Set<Node> cone(Collection<? extends Node> start, Map<EObject, Set<Node>> next) {
        Set<Node> seen = new LinkedHashSet<>(start);
        List<Node> todo = new ArrayList<>(start);
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            for (Node m : next.getOrDefault(n, Set.of())) if (seen.add(m)) todo.add(m);
        }
        return seen;
    }

    /** The element and every component it is nested in (innermost first). */
    public static List<EObject> containers(EObject e) {
        List<EObject> out = new ArrayList<>();
        out.add(e);
        for (EObject o = e.eContainer(); o instanceof Component; o = o.eContainer()) out.add(o);
        return out;
    }
}
