package org.threatloom.catalog.rules.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.threatloom.metamodel.query.ModelIndex;
import org.threatloom.model.Component;
import org.threatloom.model.CryptoKey;
import org.threatloom.model.DataAsset;
import org.threatloom.model.DataFlow;
import org.threatloom.model.Party;
import org.threatloom.model.Storage;
import org.threatloom.model.ThreatloomPackage;
import org.threatloom.model.Zone;

/**
 * Derived relations a condition can navigate besides the metamodel's own features (table in RULES.md).
 * Each is typed, so conditions using them are type-checked like real features.
 */
public final class Neighbours {
    private static final ThreatloomPackage P = ThreatloomPackage.eINSTANCE;

    public record Neighbour(String name, EClass owner, Type type, String doc, BiFunction<EObject, ModelIndex, Object> fn) {
        Object get(EObject o, ModelIndex index) {
            return fn.apply(o, index);
        }
    }

    private static final Map<String, List<Neighbour>> BY_NAME = new LinkedHashMap<>();

    static {
        def("inflows", P.getNode(), many(P.getDataFlow()), "flows whose target is this element", (o, ix) -> ix.inflows(o));
        def("outflows", P.getNode(), many(P.getDataFlow()), "flows whose source is this element", (o, ix) -> ix.outflows(o));
        def("flows", P.getNode(), many(P.getDataFlow()), "flows with this element at either end", (o, ix) -> ix.flows(o));
        def("effectiveZone", P.getNode(), one(P.getZone()), "own zone, else the enclosing component's", (o, ix) -> ModelIndex.effectiveZone(o));
        def("container", P.getComponent(), one(P.getComponent()), "the component this is a part of", (o, ix) -> ModelIndex.container(o));
        def("device", P.getComponent(), one(P.getDevice()), "the nearest enclosing device", (o, ix) -> ModelIndex.device(o));
        def("allParts", P.getComponent(), many(P.getComponent()), "all nested parts", (o, ix) -> ix.allParts((Component) o));
        def("supplies", P.getComponent(), many(P.getSupply()), "supply records naming this part", (o, ix) -> ix.supplies(o));
        def("suppliers", P.getComponent(), many(P.getSupplier()), "suppliers of this part", (o, ix) -> ix.suppliers(o));
        def("storedKeys", P.getComponent(), many(P.getCryptoKey()), "keys stored in this component", (o, ix) -> ix.storedKeys(o));
        def("storedData", P.getComponent(), many(P.getDataAsset()), "data held by this component",
                (o, ix) -> o instanceof Storage s ? s.getStores() : List.of());
        def("sourceZone", P.getDataFlow(), one(P.getZone()), "effective zone of the source",
                (o, ix) -> ((DataFlow) o).getSource() == null ? null : ModelIndex.effectiveZone(((DataFlow) o).getSource()));
        def("targetZone", P.getDataFlow(), one(P.getZone()), "effective zone of the target",
                (o, ix) -> ((DataFlow) o).getTarget() == null ? null : ModelIndex.effectiveZone(((DataFlow) o).getTarget()));
        def("crossesZones", P.getDataFlow(), Type.BOOL, "source and target in different or unknown zones", (o, ix) -> crossesZones((DataFlow) o));
        def("crossesTrustBoundary", P.getDataFlow(), Type.BOOL, "exactly one end inside a boundary the other is not in",
                (o, ix) -> ix.crossesTrustBoundary((DataFlow) o));
        def("carriedBy", P.getDataAsset(), many(P.getDataFlow()), "flows carrying this data", (o, ix) -> ix.carriedBy(o));
        def("heldIn", P.getDataAsset(), many(P.getComponent()), "storages holding this data", (o, ix) -> ix.heldIn((DataAsset) o));
        def("carriedBy", P.getCryptoKey(), many(P.getDataFlow()), "flows carrying this key material", (o, ix) -> ix.carriedBy(o));
        def("protectedData", P.getCryptoKey(), many(P.getDataAsset()), "data encrypted under this key", (o, ix) -> ix.protectedData((CryptoKey) o));
        def("encryptedStorages", P.getCryptoKey(), many(P.getStorage()), "storages encrypted at rest under this key",
                (o, ix) -> ix.encryptedStorages((CryptoKey) o));
        def("signedArtifacts", P.getCryptoKey(), many(P.getComponent()), "firmware images and update services this key signs",
                (o, ix) -> ix.signedArtifacts((CryptoKey) o));
        def("wrappedKeys", P.getCryptoKey(), many(P.getCryptoKey()), "keys wrapped under this key", (o, ix) -> ix.wrappedKeys((CryptoKey) o));
        def("usedBy", P.getNetworkPath(), many(P.getDataFlow()), "flows travelling on this path", (o, ix) -> ix.usedBy(o));
        def("coveredBy", P.getModelElement(), many(P.getAuditTrail()), "audit trails recording this element", (o, ix) -> ix.coveredBy(o));
        def("members", P.getZone(), many(P.getComponent()), "components in this zone", (o, ix) -> ix.members((Zone) o));
        def("suppliedParts", P.getParty(), many(P.getComponent()), "parts this party supplied", (o, ix) -> ix.suppliedParts((Party) o));
    }

    private Neighbours() {}

    private static Type one(EClass c) {
        return Type.object(c, false);
    }

    private static Type many(EClass c) {
        return Type.object(c, true);
    }

    private static void def(String name, EClass owner, Type type, String doc, BiFunction<EObject, ModelIndex, Object> fn) {
        BY_NAME.computeIfAbsent(name, k -> new ArrayList<>()).add(new Neighbour(name, owner, type, doc, fn));
    }

    private static boolean crossesZones(DataFlow f) {
        if (f.getSource() == null || f.getTarget() == null) return false;
        Zone a = ModelIndex.effectiveZone(f.getSource()), b = ModelIndex.effectiveZone(f.getTarget());
        return a == null || b == null || a != b;
    }

    /** The neighbour with this name available on elements of {@code type}, or null. */
    static Neighbour lookup(EClass type, String name) {
        List<Neighbour> candidates = BY_NAME.get(name);
        if (candidates == null) return null;
        for (Neighbour n : candidates) if (n.owner() == type || n.owner().isSuperTypeOf(type)) return n;
        return null;
    }

    /** All neighbours, for documentation and the editor. */
    public static List<Neighbour> all() {
        List<Neighbour> out = new ArrayList<>();
        BY_NAME.values().forEach(out::addAll);
        return out;
    }
}
