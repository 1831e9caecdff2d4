package org.threatloom.metamodel.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.threatloom.model.Component;
import org.threatloom.model.CryptoKey;
import org.threatloom.model.DataAsset;
import org.threatloom.model.DataFlow;
import org.threatloom.model.Device;
import org.threatloom.model.ModelElement;
import org.threatloom.model.Node;
import org.threatloom.model.Party;
import org.threatloom.model.Storage;
import org.threatloom.model.Supplier;
import org.threatloom.model.Supply;
import org.threatloom.model.SystemModel;
import org.threatloom.model.TrustBoundary;
import org.threatloom.model.Zone;

/**
 * The neighbourhood of every element, computed in one pass over a model: flows in and out, effective zones,
 * parts, supply records, stored keys and data, trust-boundary membership. Build one per analysis after
 * the model changes; it caches some answers lazily, so one thread at a time. Lists keep model order, so everything
 * built on the index is deterministic.
 */
public final class ModelIndex {
    private final SystemModel model;
    private final List<ModelElement> elements = new ArrayList<>();
    private final Map<EObject, Integer> order = new IdentityHashMap<>();
    private final Map<EObject, List<DataFlow>> inflows = new IdentityHashMap<>();
    private final Map<EObject, List<DataFlow>> outflows = new IdentityHashMap<>();
    private final Map<EObject, List<DataFlow>> carriedBy = new IdentityHashMap<>();
    private final Map<EObject, List<Supply>> suppliesOfPart = new IdentityHashMap<>();
    private final Map<EObject, List<Component>> suppliedParts = new IdentityHashMap<>();
    private final Map<EObject, List<CryptoKey>> storedKeys = new IdentityHashMap<>();
    private final Map<EObject, List<DataAsset>> protectedData = new IdentityHashMap<>();
    private final Map<EObject, List<Component>> heldIn = new IdentityHashMap<>();
    private final Map<EObject, List<Component>> zoneMembers = new IdentityHashMap<>();
    private final Map<EObject, Set<TrustBoundary>> boundaries = new IdentityHashMap<>();
    private final Map<EObject, List<Component>> allParts = new IdentityHashMap<>();
    private final Map<EObject, List<Component>> encryptedStorages = new IdentityHashMap<>();
    private final Map<EObject, List<Component>> signedArtifacts = new IdentityHashMap<>();
    private final Map<EObject, List<CryptoKey>> wrappedKeys = new IdentityHashMap<>();
    private final Map<EObject, List<DataFlow>> pathUsers = new IdentityHashMap<>();
    private final Map<EObject, List<org.threatloom.model.AuditTrail>> coveredBy = new IdentityHashMap<>();

    public ModelIndex(SystemModel model) {
        this.model = model;
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (!(o instanceof ModelElement e)) continue;
            order.put(o, elements.size());
            elements.add(e);
            if (o instanceof DataFlow f) flow(f);
            else if (o instanceof Supply s) supply(s);
            else if (o instanceof CryptoKey k) key(k);
            else if (o instanceof DataAsset d && d.getProtectedBy() != null) add(protectedData, d.getProtectedBy(), d);
            else if (o instanceof TrustBoundary b) boundary(b);
            if (o instanceof Storage s) {
                for (DataAsset d : s.getStores()) add(heldIn, d, s);
                if (s.getEncryptionKey() != null) add(encryptedStorages, s.getEncryptionKey(), s);
            }
            if (o instanceof org.threatloom.model.AuditTrail a) for (ModelElement c : a.getCovers()) add(coveredBy, c, a);
            if (o instanceof DataFlow f && f.getAuditedBy() != null) add(coveredBy, f, f.getAuditedBy());
            if (o instanceof org.threatloom.model.FirmwareImage fw && fw.getSigningKey() != null) add(signedArtifacts, fw.getSigningKey(), fw);
            if (o instanceof org.threatloom.model.OtaUpdateService ota && ota.getSigningKey() != null) add(signedArtifacts, ota.getSigningKey(), ota);
            if (o instanceof Component c) {
                Zone z = effectiveZone(c);
                if (z != null) add(zoneMembers, z, c);
            }
        }
        for (TrustBoundary b : model.getTrustBoundaries()) {
            for (Zone z : b.getZones()) for (Component c : zoneMembers.getOrDefault(z, List.of())) addToSet(c, b);
        }
    }

    public SystemModel model() {
        return model;
    }

    /** Every ModelElement below the root, in document order. */
    public List<ModelElement> elements() {
        return Collections.unmodifiableList(elements);
    }

    /** Position in document order (root = -1), for stable sorting. */
    public int orderOf(EObject o) {
        return order.getOrDefault(o, -1);
    }

    public List<DataFlow> inflows(EObject node) {
        return inflows.getOrDefault(node, List.of());
    }

    public List<DataFlow> outflows(EObject node) {
        return outflows.getOrDefault(node, List.of());
    }

    public List<DataFlow> flows(EObject node) {
        List<DataFlow> in = inflows(node), out = outflows(node);
        if (in.isEmpty()) return out;
        if (out.isEmpty()) return in;
        return bothFlows.computeIfAbsent(node, k -> {
            Set<DataFlow> both = new LinkedHashSet<>(out);
            both.addAll(in);
            return List.copyOf(both);
        });
    }

    private final Map<EObject, List<DataFlow>> bothFlows = new IdentityHashMap<>();
    private final Map<EObject, List<Supplier>> suppliersOf = new IdentityHashMap<>();

    /** Flows carrying this data asset or key. */
    public List<DataFlow> carriedBy(EObject dataOrKey) {
        return carriedBy.getOrDefault(dataOrKey, List.of());
    }

    public List<Supply> supplies(EObject part) {
        return suppliesOfPart.getOrDefault(part, List.of());
    }

    public List<Supplier> suppliers(EObject part) {
        List<Supply> supplies = supplies(part);
        if (supplies.isEmpty()) return List.of();
        return suppliersOf.computeIfAbsent(part, k -> {
            Set<Supplier> out = new LinkedHashSet<>();
            for (Supply s : supplies) if (s.getSupplier() != null) out.add(s.getSupplier());
            return List.copyOf(out);
        });
    }

    public List<Component> suppliedParts(Party party) {
        return suppliedParts.getOrDefault(party, List.of());
    }

    public List<CryptoKey> storedKeys(EObject component) {
        return storedKeys.getOrDefault(component, List.of());
    }

    public List<DataAsset> protectedData(CryptoKey key) {
        return protectedData.getOrDefault(key, List.of());
    }

    /** Storages whose at-rest encryption key is this key. */
    public List<Component> encryptedStorages(CryptoKey key) {
        return encryptedStorages.getOrDefault(key, List.of());
    }

    /** Firmware images and update services this key signs. */
    public List<Component> signedArtifacts(CryptoKey key) {
        return signedArtifacts.getOrDefault(key, List.of());
    }

    /** Keys wrapped under this key (it is their key-encryption key). */
    public List<CryptoKey> wrappedKeys(CryptoKey key) {
        return wrappedKeys.getOrDefault(key, List.of());
    }

    /** Audit trails recording this element (through {@code AuditTrail.covers} or a flow's {@code auditedBy}). */
    public List<org.threatloom.model.AuditTrail> coveredBy(EObject element) {
        return coveredBy.getOrDefault(element, List.of());
    }

    /** Flows that travel on this network path. */
    public List<DataFlow> usedBy(EObject path) {
        return pathUsers.getOrDefault(path, List.of());
    }

    public List<Component> heldIn(DataAsset data) {
        return heldIn.getOrDefault(data, List.of());
    }

    public List<Component> members(Zone zone) {
        return zoneMembers.getOrDefault(zone, List.of());
    }

    /** The trust boundaries an element is inside (directly, through an enclosing component, or through its zone). */
    public Set<TrustBoundary> boundaries(EObject node) {
        Set<TrustBoundary> out = new LinkedHashSet<>();
        for (EObject o = node; o instanceof Node; o = o.eContainer()) {
            out.addAll(boundaries.getOrDefault(o, Set.of()));
        }
        return out;
    }

    /** All nested parts of a component, transitively, in document order. */
    public List<Component> allParts(Component c) {
        List<Component> cached = allParts.get(c);
        if (cached != null) return cached;
        List<Component> out = new ArrayList<>();
        for (TreeIterator<EObject> it = c.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof Component part) out.add(part);
            else it.prune();
        }
        List<Component> result = out.isEmpty() ? List.of() : Collections.unmodifiableList(out);
        allParts.put(c, result);
        return result;
    }

    /** The component this one is a part of, or null at top level. */
    public static Component container(EObject c) {
        return c.eContainer() instanceof Component parent ? parent : null;
    }

    /** The nearest enclosing Device, the element itself if it is one. */
    public static Device device(EObject c) {
        for (EObject o = c; o != null; o = o.eContainer()) if (o instanceof Device d) return d;
        return null;
    }

    /** Own zone, else the zone of the nearest enclosing component. */
    public static Zone effectiveZone(EObject node) {
        for (EObject o = node; o instanceof Node n; o = o.eContainer()) if (n.getZone() != null) return n.getZone();
        return null;
    }

    /** Whether exactly one end of a flow is inside a trust boundary the other end is not in. */
    public boolean crossesTrustBoundary(DataFlow f) {
        if (f.getSource() == null || f.getTarget() == null) return false;
        return !boundaries(f.getSource()).equals(boundaries(f.getTarget()));
    }

    private void flow(DataFlow f) {
        if (f.getSource() != null) add(outflows, f.getSource(), f);
        if (f.getTarget() != null) add(inflows, f.getTarget(), f);
        if (f.isBidirectional()) {
            if (f.getTarget() != null) add(outflows, f.getTarget(), f);
            if (f.getSource() != null) add(inflows, f.getSource(), f);
        }
        for (DataAsset d : f.getData()) add(carriedBy, d, f);
        for (org.threatloom.model.NetworkPath p : f.getPaths()) add(pathUsers, p, f);
        for (CryptoKey k : f.getKeys()) add(carriedBy, k, f);
    }

    private void supply(Supply s) {
        for (Component part : s.getParts()) {
            add(suppliesOfPart, part, s);
            if (s.getSupplier() != null) add(suppliedParts, s.getSupplier(), part);
        }
    }

    private void key(CryptoKey k) {
        if (k.getStoredIn() != null) add(storedKeys, k.getStoredIn(), k);
        if (k.getWrappedBy() != null) add(wrappedKeys, k.getWrappedBy(), k);
    }

    private void boundary(TrustBoundary b) {
        for (Node n : b.getMembers()) addToSet(n, b);
    }

    private void addToSet(EObject node, TrustBoundary b) {
        boundaries.computeIfAbsent(node, k -> new LinkedHashSet<>()).add(b);
    }

    private static <K, V> void add(Map<K, List<V>> map, K key, V value) {
        List<V> list = map.computeIfAbsent(key, k -> new ArrayList<>(2));
        if (!list.contains(value)) list.add(value);
    }
}
