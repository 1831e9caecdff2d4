package org.threatloom.formal.slice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.threatloom.catalog.derive.ThreatFinding;
import org.threatloom.formal.theorems.Theorem;
import org.threatloom.metamodel.query.ModelIndex;
import org.threatloom.model.Classification;
import org.threatloom.model.Component;
import org.threatloom.model.CryptoKey;
import org.threatloom.model.DataAsset;
import org.threatloom.model.DataFlow;
import org.threatloom.model.FirmwareImage;
import org.threatloom.model.HardwareComponent;
import org.threatloom.model.ModelElement;
import org.threatloom.model.NetworkPath;
import org.threatloom.model.Node;
import org.threatloom.model.Storage;
import org.threatloom.model.Supply;
import org.threatloom.model.Zone;

/**
 * Cuts the model into the slices each theorem is checked on. Every theorem of the {@code .als} files is a
 * conjunction over its subjects (threats, assets, data items, flows, zones); a slice holds one subject or a
 * chunk of them together with everything the formula navigates to from them. Each method below says why its
 * slices keep every relevant element, which is what makes "proved on every slice" mean "proved".
 * Attack paths and k-compromise, the two graph theorems, are in {@link GraphSlicer}.
 */
public final class Slicer {
    /** Threats per coverage slice: small enough to cache well after an edit, large enough to amortise a solve. */
    static final int COVERAGE_CHUNK = 48;

    private Slicer() {}

    public static List<Slice> slices(Theorem t, ModelFacts facts) {
        return switch (t) {
            case COVERAGE -> coverage(facts);
            case ATTACK_PATHS -> GraphSlicer.attackPaths(facts);
            case K_COMPROMISE -> GraphSlicer.kCompromise(facts);
            case KEY_CUSTODY -> keyCustody(facts);
            case ROUTE_CHARACTERISTICS -> routes(facts);
            case SUPPLY_CHAIN -> supplyChain(facts);
            case DATA_FLOW -> dataFlow(facts);
        };
    }

    /*
     * Coverage is "for every significant undecided threat t: covered[t]", and covered[t] reads only t's element,
     * stride, rule kinds and decision-named countermeasures, the countermeasures protecting what t's element is
     * within (itself, its containers, a flow's conduit) and the element's SL-T. So any partition of the
     * significant threats is sound when each part brings those along, which threat() does. Threats are grouped
     * by the top-level component (else the element itself) so that an edit re-checks one group.
     */
    static List<Slice> coverage(ModelFacts facts) {
        Map<Object, List<ThreatFinding>> groups = new LinkedHashMap<>();
        for (ThreatFinding t : facts.analysis().threats()) {
            if (!facts.significant(t)) continue;
            groups.computeIfAbsent(group(t.element()), k -> new ArrayList<>()).add(t);
        }
        List<Slice> out = new ArrayList<>();
        for (Map.Entry<Object, List<ThreatFinding>> g : groups.entrySet()) {
            List<ThreatFinding> list = g.getValue();
            for (int i = 0; i < list.size(); i += COVERAGE_CHUNK) {
                List<ThreatFinding> chunk = list.subList(i, Math.min(list.size(), i + COVERAGE_CHUNK));
                String subject = (g.getKey() instanceof org.eclipse.emf.ecore.EClass c ? c.getName() : id((EObject) g.getKey()))
                        + (list.size() > COVERAGE_CHUNK ? "#" + (i / COVERAGE_CHUNK + 1) : "");
                SliceBuilder b = new SliceBuilder(facts, Theorem.COVERAGE, subject);
                for (ThreatFinding t : chunk) b.threat(t);
                out.add(b.build());
            }
        }
        return out;
    }

    /**
     * The whole model as one slice: every element, every derived threat, every countermeasure. Never used to
     * check (the architecture must not be handed to the solver unsliced); it is the reference the soundness test
     * compares the slices with, and what the benchmark's naive encoding encodes.
     */
    public static Slice wholeModel(Theorem t, ModelFacts facts) {
        SliceBuilder b = new SliceBuilder(facts, t, "whole model");
        for (ModelElement e : facts.index().elements()) {
            if (e instanceof org.threatloom.model.Countermeasure c) b.slice.countermeasures.add(c);
            else if (!(e instanceof org.threatloom.model.Threat) && !(e instanceof org.threatloom.model.ReviewDecision)) b.slice.elements.add(e);
        }
        for (ThreatFinding f : facts.analysis().threats()) if (f.element() instanceof ModelElement) b.threat(f);
        return b.build();
    }

    /** Top-level component of a component, of a flow's source; anything else by its type. */
    private static Object group(EObject e) {
        EObject anchor = e instanceof DataFlow f && f.getSource() != null ? f.getSource() : e;
        if (anchor instanceof Component) {
            List<EObject> chain = ModelFacts.containers(anchor);
            return chain.get(chain.size() - 1);
        }
        return anchor.eClass();
    }

    /*
     * Key custody is "no unprotected (d, state, place)" over classified owned data d; the triples of one d read
     * only: the storages holding d (their zone, its controller, their at-rest key), the flows carrying d (both
     * ends' zones, the end-to-end key), the components sending or receiving d (their within-chain for
     * enclaves, keys stored there), d's owner and own key, every candidate key's wrapping chain with where each
     * link is stored (that place's holder, zone and within-chain), and countermeasures protecting d or those
     * places. One slice per data item holds exactly that. Zone controllers other than the owner may be left
     * out: the formula only compares them with the owner, and a missing one compares unequal, as it should.
     */
    static List<Slice> keyCustody(ModelFacts facts) {
        List<Slice> out = new ArrayList<>();
        ModelIndex index = facts.index();
        for (ModelElement e : index.elements()) {
            if (!(e instanceof DataAsset d) || d.getOwner() == null || d.isAnonymised()) continue;
            if (d.getClassification() == null || d.getClassification().getValue() < Classification.CONFIDENTIAL_VALUE) continue;
            SliceBuilder b = new SliceBuilder(facts, Theorem.KEY_CUSTODY, d.getId());
            b.protectedElement(d).element(d.getOwner()).keyChain(d.getProtectedBy());
            for (Component c : index.heldIn(d)) {
                b.protectedElement(c).nodeWithZone((Node) c);
                if (c instanceof Storage s && s.isEncryptedAtRest()) b.keyChain(s.getEncryptionKey());
            }
            for (DataFlow f : index.carriedBy(d)) {
                if (f.getSource() == null || f.getTarget() == null) continue;
                b.protectedElement(f).nodeWithZone(f.getSource()).nodeWithZone(f.getTarget()).keyChain(f.getProtectedBy());
                for (Node n : List.of(f.getSource(), f.getTarget())) {
                    b.protectedElement(n);
                    for (EObject c : ModelFacts.containers(n)) for (CryptoKey k : index.storedKeys(c)) b.keyChain(k);
                }
            }
            out.add(b.build());
        }
        return out;
    }

    /*
     * Route characteristics is "every routed or sensitive flow f is routed ok"; routed[f] reads f's route
     * requirement, paths and their shared infrastructure, jurisdictions, encryption and monitoring, f's
     * encryption, the zones of both ends (compared for "between zones"), what f carries (classes, keys), and
     * countermeasures protecting f or its paths. Flows that neither state a requirement nor carry keys or
     * RESTRICTED data between zones satisfy the formula vacuously and get no slice.
     */
    static List<Slice> routes(ModelFacts facts) {
        List<Slice> out = new ArrayList<>();
        for (ModelElement e : facts.index().elements()) {
            if (!(e instanceof DataFlow f) || f.getSource() == null || f.getTarget() == null) continue;
            if (f.getRouteRequirement() == null && !sensitive(f)) continue;
            SliceBuilder b = new SliceBuilder(facts, Theorem.ROUTE_CHARACTERISTICS, f.getId());
            b.protectedElement(f).nodeWithZone(f.getSource()).nodeWithZone(f.getTarget());
            for (DataAsset d : f.getData()) b.element(d);
            for (CryptoKey k : f.getKeys()) b.element(k);
            for (NetworkPath p : f.getPaths()) b.protectedElement(p);
            out.add(b.build());
        }
        return out;
    }

    /** Carries keys or RESTRICTED-or-higher data between different (or unknown) zones: the {@code sensitive} fun. */
    static boolean sensitive(DataFlow f) {
        boolean high = !f.getKeys().isEmpty();
        for (DataAsset d : f.getData()) {
            if (d.getClassification() != null && d.getClassification().getValue() >= Classification.RESTRICTED_VALUE) high = true;
        }
        return high && ModelIndex.effectiveZone(f.getSource()) != ModelIndex.effectiveZone(f.getTarget());
    }

    /*
     * Supply-chain provenance is "every hardware part or firmware image p inside a critical component is
     * provenanced and authentic"; for p the formula reads p's container chain (to find the nearest named part,
     * its origin), the supply records naming any part of that chain with their checks, p's attributes, and
     * countermeasures protecting p's chain. One slice per critical component holds its parts, their chains up
     * to the top and those supply records.
     */
    static List<Slice> supplyChain(ModelFacts facts) {
        List<Slice> out = new ArrayList<>();
        ModelIndex index = facts.index();
        for (Component a : facts.critical()) {
            SliceBuilder b = new SliceBuilder(facts, Theorem.SUPPLY_CHAIN, a.getId());
            List<Component> scope = new ArrayList<>();
            scope.add(a);
            scope.addAll(index.allParts(a));
            for (Component p : scope) {
                b.protectedElement(p);
                if (!(p instanceof HardwareComponent || p instanceof FirmwareImage)) continue;
                for (EObject c : ModelFacts.containers(p)) {
                    for (Supply s : index.supplies(c)) b.element(s).element(s.getSupplier());
                }
            }
            out.add(b.build());
        }
        return out;
    }

    /*
     * Data-flow policy is "no breach", a union over flows into a zone and storages in it; a breach of (f, d)
     * reads d's class, owner, anonymisation and own key, the target zone's clearance, f's end-to-end key and
     * audit trail, every candidate key's wrapping chain and storage place, and countermeasures protecting d, f
     * or the storage. Only pairs whose data is classified above the zone can breach, so one slice per zone
     * holds those flows and storages; all other pairs satisfy the formula vacuously.
     */
    static List<Slice> dataFlow(ModelFacts facts) {
        Map<Zone, SliceBuilder> byZone = new LinkedHashMap<>();
        for (ModelElement e : facts.index().elements()) {
            if (e instanceof DataFlow f && f.getSource() != null && f.getTarget() != null) {
                Zone z = ModelIndex.effectiveZone(f.getTarget());
                for (DataAsset d : f.getData()) {
                    if (!above(d, z)) continue;
                    SliceBuilder b = byZone.computeIfAbsent(z, k -> new SliceBuilder(facts, Theorem.DATA_FLOW, k.getId()));
                    b.protectedElement(f).nodeWithZone(f.getTarget()).element(f.getSource()).keyChain(f.getProtectedBy());
                    if (f.getAuditedBy() != null) b.element(f.getAuditedBy());
                    data(b, d);
                }
            } else if (e instanceof Storage s) {
                Zone z = ModelIndex.effectiveZone(s);
                for (DataAsset d : s.getStores()) {
                    if (!above(d, z)) continue;
                    SliceBuilder b = byZone.computeIfAbsent(z, k -> new SliceBuilder(facts, Theorem.DATA_FLOW, k.getId()));
                    b.protectedElement(s).nodeWithZone(s);
                    if (s.isEncryptedAtRest()) b.keyChain(s.getEncryptionKey());
                    data(b, d);
                }
            }
        }
        List<Slice> out = new ArrayList<>();
        for (SliceBuilder b : byZone.values()) out.add(b.build());
        return out;
    }

    private static void data(SliceBuilder b, DataAsset d) {
        b.protectedElement(d).keyChain(d.getProtectedBy());
        if (d.getOwner() != null) b.element(d.getOwner());
    }

    private static boolean above(DataAsset d, Zone z) {
        if (z == null || d.getClassification() == null) return false;
        int clearance = z.getClearance() == null ? Classification.INTERNAL_VALUE : z.getClearance().getValue();
        return d.getClassification().getValue() > clearance;
    }

    static String id(EObject e) {
        return e instanceof ModelElement m && m.getId() != null ? m.getId() : e.eClass().getName();
    }
}
