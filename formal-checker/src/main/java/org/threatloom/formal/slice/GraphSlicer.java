package org.threatloom.formal.slice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.threatloom.formal.theorems.Theorem;
import org.threatloom.metamodel.query.ModelIndex;
import org.threatloom.model.AttackerProfile;
import org.threatloom.model.Component;
import org.threatloom.model.DataFlow;
import org.threatloom.model.Node;
import org.threatloom.model.Supply;

/**
 * Slices for the two graph theorems, one per critical component A.
 *
 * Both theorems ask whether some path - over flows (both ways when bidirectional) and host nesting, the
 * {@code edges} of attack_paths.als, which {@code passable} only ever narrows - leads into A or its parts.
 * Every node on such a path can reach A, so it lies in A's backward cone; for an attack path it also starts at
 * an entry point, so it lies in the forward cone of the entry points. A slice that keeps the nodes of these
 * cones, every flow between two of them, and everything a hop's passability reads (significant threats on the
 * hop's flow and target, the countermeasures protecting what they are within, the attackers' capabilities)
 * therefore keeps every path; and since it only ever drops things, every path it finds is in the model.
 * Cutting a flow whose two ends are both kept would be unsound - the slice keeps all of them.
 */
final class GraphSlicer {
    private GraphSlicer() {}

    static List<Slice> attackPaths(ModelFacts facts) {
        Set<Node> entries = new LinkedHashSet<>();
        for (AttackerProfile a : facts.attackers()) entries.addAll(a.getEntryPoints());
        Set<Node> forward = facts.forwardCone(entries);
        List<Slice> out = new ArrayList<>();
        for (Component a : facts.critical()) {
            Set<Node> nodes = facts.backwardCone(assets(facts, a));
            nodes.retainAll(forward);
            SliceBuilder b = new SliceBuilder(facts, Theorem.ATTACK_PATHS, a.getId());
            graph(b, nodes);
            for (AttackerProfile p : facts.attackers()) {
                boolean enters = false;
                for (Node e : p.getEntryPoints()) enters |= nodes.contains(e);
                if (enters) b.element(p);
            }
            out.add(b.build());
        }
        return out;
    }

    /*
     * k-compromise: the footholds may be anywhere, so only the backward cone bounds the slice: a foothold
     * outside it cannot reach A, and dropping it from a counterexample leaves a counterexample with fewer
     * than k footholds. A compromised supplier's footholds are the parts it delivered; those outside the cone
     * are as irrelevant, and for those inside, `authentic` reads every supply record naming them (with its
     * checks) and the countermeasures protecting them - all kept. Every attacker profile is kept for its
     * capability.
     */
    static List<Slice> kCompromise(ModelFacts facts) {
        List<Slice> out = new ArrayList<>();
        for (Component a : facts.critical()) {
            Set<Node> nodes = facts.backwardCone(assets(facts, a));
            SliceBuilder b = new SliceBuilder(facts, Theorem.K_COMPROMISE, a.getId());
            graph(b, nodes);
            for (AttackerProfile p : facts.attackers()) b.element(p);
            for (Node n : nodes) {
                for (Supply s : facts.index().supplies(n)) b.element(s).element(s.getSupplier());
            }
            out.add(b.build());
        }
        return out;
    }

    /** A and every part nested in it (the {@code assets} of common.als). */
    static List<Node> assets(ModelFacts facts, Component a) {
        List<Node> out = new ArrayList<>();
        out.add(a);
        out.addAll(facts.index().allParts(a));
        return out;
    }

    /** The nodes, every flow between two of them, and the significant threats on both with their mitigations. */
    private static void graph(SliceBuilder b, Set<Node> nodes) {
        ModelIndex index = b.facts.index();
        for (Node n : nodes) {
            b.element(n).threatsOn(n, true);
            for (DataFlow f : index.outflows(n)) {
                if (f.getSource() == null || f.getTarget() == null) continue;
                if (nodes.contains(f.getSource()) && nodes.contains(f.getTarget())) b.element(f).threatsOn(f, true);
            }
        }
    }
}
