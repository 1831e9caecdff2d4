package org.threatloom.formal.encode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.threatloom.catalog.derive.ThreatFinding;
import org.threatloom.formal.slice.ModelFacts;
import org.threatloom.formal.slice.Slice;
import org.threatloom.metamodel.query.ModelIndex;
import org.threatloom.model.*;

/**
 * The meaning of every signature and field of common.als and the theorem files, as tuples computed from one
 * slice. This is the only place that knows the metamodel; the theorem files only know these names. An element
 * enters a specific signature (Flow, Storage, ...) only when what that signature requires of it ({@code one}
 * fields) is in the slice; otherwise it is a plain Element, which is all a slice that does not follow it needs.
 * References to elements outside the slice are dropped: the slicers keep whatever the formula compares.
 */
public final class Vocabulary {
    private final ModelFacts facts;
    private final Slice slice;
    private final Map<String, Set<List<Object>>> tuples = new LinkedHashMap<>();
    private final Map<Object, Object> sources = new HashMap<>();
    private final Set<EObject> in;

    public Vocabulary(ModelFacts facts, Slice slice, int slots) {
        this.facts = facts;
        this.slice = slice;
        this.in = slice.elements();
        for (String name : NAMES) tuples.put(name, new LinkedHashSet<>());
        for (EObject e : in) element(e);
        for (ThreatFinding t : slice.threats()) threat(t);
        for (Countermeasure c : slice.countermeasures()) countermeasure(c);
        for (Slice.Candidate c : slice.candidates()) candidate(c);
        for (int i = 1; i <= slots; i++) add("Slot", Atoms.slot(i));
    }

    /** Tuples per relation name ({@code Sig} or {@code Sig.field}); every name the theorems may use is present. */
    public Map<String, Set<List<Object>>> tuples() {
        return tuples;
    }

    /**
     * A content hash of everything the encoding is built from (with the theorem's text): two slices with the
     * same hash give the same problem and so the same verdict, which lets a re-check skip the encoding too.
     */
    public String hash(String theoremText) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            md.update(theoremText.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (Map.Entry<String, Set<List<Object>>> e : tuples.entrySet()) {
                md.update(("\n" + e.getKey() + ":").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                List<String> rows = new ArrayList<>(e.getValue().size());
                for (List<Object> row : e.getValue()) rows.add(row.toString());
                rows.sort(null);
                for (String r : rows) md.update(r.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What an atom stands for: an EObject, a ThreatFinding, a repair candidate. */
    public Map<Object, Object> sources() {
        return sources;
    }

    private void element(EObject e) {
        String a = Atoms.element(e);
        sources.put(a, e);
        add("Element", a);
        Component parent = ModelIndex.container(e);
        if (parent != null && in.contains(parent)) add("Element.container", a, Atoms.element(parent));
        slt(e, a);
        if (e instanceof Party) add("Party", a);
        if (e instanceof Zone z) {
            add("Zone", a);
            ref("Zone.controller", a, z.getControlledBy());
            add("Zone.clearance", a, cls(z.getClearance() == null ? Classification.INTERNAL : z.getClearance()));
        }
        if (e instanceof Node n) node(n, a);
        if (e instanceof DataFlow f) flow(f, a);
        if (e instanceof DataAsset d) {
            add("Data", a);
            ref("Data.owner", a, d.getOwner());
            add("Data.class", a, cls(d.getClassification() == null ? Classification.PUBLIC : d.getClassification()));
            ref("Data.dataKey", a, d.getProtectedBy());
            if (d.isAnonymised()) add("Anonymised", a);
        }
        if (e instanceof CryptoKey k) {
            add("Key", a);
            ref("Key.custodian", a, k.getCustodian());
            ref("Key.storedIn", a, k.getStoredIn());
            ref("Key.wrappedBy", a, k.getWrappedBy());
        }
        if (e instanceof Supply s) supply(s, a);
        if (e instanceof NetworkPath p) path(p, a);
    }

    private void node(Node n, String a) {
        add("Node", a);
        Zone z = ModelIndex.effectiveZone(n);
        ref("Node.zone", a, z);
        ref("Node.holder", a, holder(n));
        if (n instanceof Component c && c.isCritical()) add("Critical", a);
        if (ModelFacts.isHost(n)) add("Host", a);
        if (n instanceof Actor) add("Human", a);
        if ((n instanceof Compute c && c.isConfidentialComputing()) || n instanceof Tee) add("Confidential", a);
        if (n instanceof HardwareComponent h) {
            add("Hardware", a);
            if (h.getIdentity() == IdentityKind.PUF_BASED || h.getIdentity() == IdentityKind.CRYPTOGRAPHIC) add("UnitIdentity", a);
        }
        if (n instanceof FirmwareImage f) {
            add("Firmware", a);
            if (f.isSigned() && f.isIntegrityChecked()) add("SignedImage", a);
        }
        if (n instanceof Storage s) {
            add("Storage", a);
            for (DataAsset d : s.getStores()) ref("Storage.stores", a, d);
            if (s.isEncryptedAtRest()) ref("Storage.restKey", a, s.getEncryptionKey());
        }
        if (n instanceof AttackerProfile p) {
            add("Attacker", a);
            if (p.getAccess().contains(AttackerAccess.INSIDER)) add("Insider", a);
            AttackerCapability cap = p.getCapability() == null ? AttackerCapability.CASUAL : p.getCapability();
            add("Attacker.capability", a, level(cap.getValue() + 1));
            for (Node entry : p.getEntryPoints()) ref("Attacker.entries", a, entry);
        }
    }

    private void flow(DataFlow f, String a) {
        if (f.getConduit() != null && in.contains(f.getConduit())) add("Element.conduit", a, Atoms.element(f.getConduit()));
        if (!in.contains(f.getSource()) || !in.contains(f.getTarget())) return; // a plain Element in this slice
        add("Flow", a);
        add("Flow.src", a, Atoms.element(f.getSource()));
        add("Flow.dst", a, Atoms.element(f.getTarget()));
        for (DataAsset d : f.getData()) ref("Flow.carries", a, d);
        for (CryptoKey k : f.getKeys()) ref("Flow.keys", a, k);
        ref("Flow.e2eKey", a, f.getProtectedBy());
        ref("Flow.auditedBy", a, f.getAuditedBy());
        if (f.isBidirectional()) add("TwoWay", a);
        if (f.getEncryption() != null && f.getEncryption() != EncryptionKind.NONE) add("Encrypted", a);
        RouteRequirement r = f.getRouteRequirement();
        if (r == null) return;
        add("Routed", a);
        for (NetworkPath p : f.getPaths()) ref("Routed.paths", a, p);
        for (String j : r.getAllowedJurisdictions()) add("Routed.allowed", a, jurisdiction(j));
        int min = r.getMinIndependentPaths();
        if (min >= 1) add("Routed.minPaths", a, Atoms.constant(min == 1 ? "One" : min == 2 ? "Two" : "Three"));
        if (r.isEncryptedEveryHop()) add("NeedsLinkEncryption", a);
        if (r.isRouteChangeDetection()) add("NeedsDetection", a);
    }

    private void supply(Supply s, String a) {
        add("Supply", a);
        ref("Supply.supplier", a, s.getSupplier());
        for (Component p : s.getParts()) ref("Supply.parts", a, p);
        int i = 0;
        for (Verification v : s.getVerifications()) {
            String c = Atoms.check(s, i++);
            sources.put(c, v);
            add("Check", c);
            add("Supply.checks", a, c);
            add("Check.method", c, Atoms.constant(camel(v.getMethod() == null ? VerificationMethod.PROVENANCE_CHECK : v.getMethod())));
            for (Component p : v.getParts().isEmpty() ? s.getParts() : v.getParts()) ref("Check.covers", c, p);
            if (v.getResult() == VerificationResult.PASSED) add("Passed", c);
            if (v.getResult() == VerificationResult.FAILED) add("Failed", c);
        }
    }

    private void path(NetworkPath p, String a) {
        add("Path", a);
        for (NetworkPath q : p.getSharesInfrastructureWith()) ref("Path.shares", a, q);
        for (String j : p.getJurisdictions()) add("Path.through", a, jurisdiction(j));
        if (p.getProvider() != null && p.getProvider().getCountry() != null) add("Path.through", a, jurisdiction(p.getProvider().getCountry()));
        for (Component hop : p.getHops()) {
            Zone z = ModelIndex.effectiveZone(hop);
            if (z != null && z.getJurisdiction() != null) add("Path.through", a, jurisdiction(z.getJurisdiction()));
        }
        if (p.isEncryptedEveryHop()) add("LinkEncrypted", a);
        if (p.isRouteMonitored()) add("Monitored", a);
    }

    private void threat(ThreatFinding t) {
        String a = Atoms.threat(t);
        sources.put(a, t);
        add("Threat", a);
        add("Threat.on", a, Atoms.element(t.element()));
        add("Threat.stride", a, Atoms.constant((t.stride() == null ? Stride.SPOOFING : t.stride()).getLiteral()));
        if (t.rule() != null) for (CountermeasureKind k : t.rule().mitigatedBy()) add("Threat.kinds", a, kind(k));
        if (t.rule() == null || t.decidedBy() != null) for (Countermeasure c : t.mitigatedBy()) ref("Threat.namedBy", a, c);
        if (facts.significant(t)) add("Significant", a);
        if (t.status() == ThreatStatus.ACCEPTED || t.status() == ThreatStatus.TRANSFERRED || t.status() == ThreatStatus.NOT_APPLICABLE) {
            add("Decided", a);
        }
    }

    private void countermeasure(Countermeasure c) {
        String a = Atoms.element(c);
        sources.put(a, c);
        add("Countermeasure", a);
        add("Countermeasure.kind", a, kind(c.getKind()));
        for (ModelElement e : c.getProtects()) ref("Countermeasure.protects", a, e);
        add("Countermeasure.cap", a, level(c.getSlCapability()));
        if (c.getStatus() == CountermeasureStatus.IMPLEMENTED || c.getStatus() == CountermeasureStatus.VERIFIED
                || slice.assumedImplemented(c)) add("Implemented", a);
    }

    private void candidate(Slice.Candidate c) {
        String a = Atoms.candidate(c.id());
        sources.put(a, c);
        add("Countermeasure", a);
        add("Countermeasure.kind", a, kind(c.kind()));
        if (in.contains(c.protects())) add("Countermeasure.protects", a, Atoms.element(c.protects()));
        add("Countermeasure.cap", a, level(c.cap()));
        if (slice.assumedImplemented(c.id())) add("Implemented", a);
    }

    /** The SL-T that governs an element: its zone's; a flow's conduit's, else the higher of its ends' zones. */
    private void slt(EObject e, String a) {
        int[] max = governing(e, facts.index());
        if (max == null) return;
        String[] frs = {"IAC", "UC", "SI", "DC", "RDF", "TRE", "RA"};
        for (int i = 0; i < 7; i++) add("Element.slt", a, Atoms.constant(frs[i]), level(max[i]));
    }

    /** The governing SL-T vector (FR1..FR7), or null when no zone or conduit governs the element. */
    public static int[] governing(EObject e, ModelIndex index) {
        List<SecurityLevelVector> vs = new ArrayList<>();
        if (e instanceof Zone z) vs.add(z.getSlTarget());
        else if (e instanceof Conduit c) vs.add(c.getSlTarget());
        else if (e instanceof Node n) vs.add(zoneVector(n));
        else if (e instanceof CryptoKey k && k.getStoredIn() != null) vs.add(zoneVector(k.getStoredIn()));
        else if (e instanceof DataFlow f) {
            if (f.getConduit() != null && f.getConduit().getSlTarget() != null) vs.add(f.getConduit().getSlTarget());
            else {
                vs.add(zoneVector(f.getSource()));
                vs.add(zoneVector(f.getTarget()));
            }
        } else if (e instanceof DataAsset d) for (Component c : index.heldIn(d)) vs.add(zoneVector(c));
        int[] max = new int[7];
        boolean any = false;
        for (SecurityLevelVector v : vs) {
            if (v == null) continue;
            any = true;
            int[] x = {v.getIac(), v.getUc(), v.getSi(), v.getDc(), v.getRdf(), v.getTre(), v.getRa()};
            for (int i = 0; i < 7; i++) max[i] = Math.max(max[i], Math.max(0, Math.min(4, x[i])));
        }
        return any ? max : null;
    }

    private static SecurityLevelVector zoneVector(EObject node) {
        Zone z = ModelIndex.effectiveZone(node);
        return z == null ? null : z.getSlTarget();
    }

    /** Who controls a node: controlledBy where the metamodel has it, else the owner, else its container's holder. */
    static Party holder(EObject n) {
        for (EObject o = n; o != null; o = o.eContainer()) {
            if (o instanceof KeyManagementService k && k.getControlledBy() != null) return k.getControlledBy();
            if (o instanceof Hsm h && h.getControlledBy() != null) return h.getControlledBy();
            if (o instanceof IdentityProvider i && i.getControlledBy() != null) return i.getControlledBy();
            if (o instanceof Component c && c.getOwner() != null) return c.getOwner();
            if (o instanceof Actor act) return act.getOrganization();
            if (!(o instanceof Component)) return null;
        }
        return null;
    }

    static String level(int sl) {
        return Atoms.constant("SL" + Math.max(0, Math.min(4, sl)));
    }

    private static String cls(Classification c) {
        return Atoms.constant(c.getLiteral());
    }

    private String kind(CountermeasureKind k) {
        String a = Atoms.constant(k.getLiteral());
        add("Kind", a);
        return a;
    }

    private String jurisdiction(String code) {
        String a = Atoms.jurisdiction(code);
        add("Jurisdiction", a);
        return a;
    }

    /** PROVENANCE_CHECK -> ProvenanceCheck, the name of the one sig in common.als. */
    static String camel(VerificationMethod m) {
        StringBuilder sb = new StringBuilder();
        for (String part : m.getLiteral().split("_")) sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        return sb.toString();
    }

    private void ref(String name, String from, EObject to) {
        if (to != null && in.contains(to)) add(name, from, Atoms.element(to));
        else if (to instanceof Countermeasure c && slice.countermeasures().contains(c)) add(name, from, Atoms.element(c));
    }

    private void add(String name, Object... atoms) {
        tuples.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(List.of(atoms));
    }

    /** Every relation name the vocabulary can fill (used to tell a missing name from an empty one). */
    public static final Set<String> NAMES = Set.of("Element", "Element.container", "Element.conduit", "Element.slt", "Party", "Zone",
            "Zone.controller", "Zone.clearance", "Node", "Node.zone", "Node.holder", "Critical", "Host", "Human", "Confidential",
            "Storage", "Storage.stores", "Storage.restKey", "Attacker", "Insider", "Attacker.capability", "Attacker.entries", "Flow", "Flow.src",
            "Flow.dst", "Flow.carries", "Flow.keys", "Flow.e2eKey", "Flow.auditedBy", "TwoWay", "Encrypted", "Data", "Data.owner",
            "Data.class", "Data.dataKey", "Anonymised", "Key", "Key.custodian", "Key.storedIn", "Key.wrappedBy", "Supply",
            "Supply.supplier", "Supply.parts", "Supply.checks", "Check", "Check.method", "Check.covers", "Passed", "Failed", "Hardware",
            "Firmware", "SignedImage", "UnitIdentity", "Kind", "Threat", "Threat.on", "Threat.stride", "Threat.kinds", "Threat.namedBy",
            "Significant", "Decided", "Countermeasure", "Countermeasure.kind", "Countermeasure.protects", "Countermeasure.cap",
            "Implemented", "Jurisdiction", "Path", "Path.shares", "Path.through", "LinkEncrypted", "Monitored", "Routed", "Routed.paths",
            "Routed.allowed", "Routed.minPaths", "NeedsLinkEncryption", "NeedsDetection", "Slot");
}
