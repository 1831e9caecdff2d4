package org.threatloom.formal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.threatloom.model.*;

/**
 * Deterministic synthetic models of about N elements with the mix of the examples: an owner, a cloud provider
 * and suppliers; per site a field zone with devices (board, chip, firmware, debug port), an operations zone
 * with a critical server application, storage and workstation; a key room with an HSM; a public-cloud tenant
 * with analytics, storage and a confidential VM; flows (some cross-zone with route requirements and paths),
 * data, keys, supply records with verifications, countermeasures (about half implemented) and attackers.
 *
 * bench/ has a generator too (ModelGenerator), but it starts at 700 elements and the benchmark needs 50 and 200,
 * so the formal checker keeps this small one for its own measurements.
 */
public final class SyntheticModels {
    private static final ThreatloomFactory F = ThreatloomFactory.eINSTANCE;

    private final Random rnd;
    private final SystemModel m = F.createSystemModel();
    private int ids;
    private Organization owner, provider;
    private final List<Supplier> suppliers = new ArrayList<>();
    private final List<Node> entries = new ArrayList<>();
    private CryptoKey dek;

    private SyntheticModels(long seed) {
        rnd = new Random(seed);
    }

    /** A model of about {@code elements} model elements (within a few percent). */
    public static SystemModel generate(int elements, long seed) {
        SyntheticModels g = new SyntheticModels(seed);
        g.base();
        Zone cloud = g.zone("cloud", PolicyDomain.PUBLIC_CLOUD, g.provider, Classification.INTERNAL);
        Zone keys = g.zone("keys", PolicyDomain.ON_PREMISES, g.owner, Classification.SECRET);
        Hsm hsm = g.hsm(keys);
        Component analytics = g.cloud(cloud, hsm);
        int site = 0;
        do {
            g.site(site++, cloud, analytics, hsm, elements);
        } while (g.ids < elements - 20);
        g.attackers();
        return g.m;
    }

    static int count(SystemModel m) {
        int n = 0;
        for (var it = m.eAllContents(); it.hasNext();) if (it.next() instanceof ModelElement) n++;
        return n;
    }

    private String id(String prefix) {
        return prefix + "-" + (++ids);
    }

    private <T extends ModelElement> T named(T e, String prefix) {
        e.setId(id(prefix));
        e.setName(prefix + " " + ids);
        return e;
    }

    private void base() {
        m.setId("synthetic");
        m.setName("Synthetic model");
        owner = named(F.createOrganization(), "org");
        owner.setTrusted(true);
        owner.setCountry("DE");
        provider = named(F.createOrganization(), "provider");
        provider.setCountry("DE");
        m.getParties().add(owner);
        m.getParties().add(provider);
        for (int i = 0; i < 4; i++) {
            Supplier s = named(i == 3 ? F.createDistributor() : F.createSupplier(), "supplier");
            s.setTrusted(i != 2);
            suppliers.add(s);
            m.getParties().add(s);
        }
    }

    private Zone zone(String kind, PolicyDomain d, Party controller, Classification clearance) {
        Zone z = named(F.createZone(), "z-" + kind);
        z.setDomain(d);
        z.setControlledBy(controller);
        z.setClearance(clearance);
        z.setJurisdiction("DE");
        SecurityLevelVector v = F.createSecurityLevelVector();
        int sl = 1 + rnd.nextInt(3);
        v.setIac(sl); v.setUc(sl); v.setSi(sl); v.setDc(sl); v.setRdf(sl); v.setTre(1); v.setRa(1);
        z.setSlTarget(v);
        m.getZones().add(z);
        return z;
    }

    private Hsm hsm(Zone keys) {
        Hsm h = named(F.createHsm(), "hsm");
        h.setZone(keys);
        h.setCritical(true);
        h.setControlledBy(owner);
        h.setOwner(owner);
        h.setTransparency(Transparency.AUDITABLE);
        h.setCertification("FIPS 140-3 Level 3");
        m.getComponents().add(h);
        cm(CountermeasureKind.HSM_KEY_STORAGE, h, true);
        return h;
    }

    private Component cloud(Zone z, Hsm hsm) {
        PublicCloudService c = named(F.createPublicCloudService(), "cloud");
        c.setZone(z);
        c.setOwner(provider);
        m.getComponents().add(c);
        Compute vm = named(F.createCompute(), "cvm");
        vm.setZone(z);
        vm.setConfidentialComputing(rnd.nextBoolean());
        c.getParts().add(vm);
        Application app = named(F.createApplication(), "analytics");
        app.setZone(z);
        app.setKind(ApplicationKind.ANALYTICS);
        vm.getParts().add(app);
        entries.add(app);
        CryptoKey kek = key(KeyType.KEY_ENCRYPTION_KEY, hsm, null);
        dek = key(KeyType.SYMMETRIC_DATA_KEY, vm, rnd.nextBoolean() ? kek : null);
        Storage lake = named(F.createStorage(), "lake");
        lake.setZone(z);
        lake.setEncryptedAtRest(true);
        lake.setEncryptionKey(dek);
        c.getParts().add(lake);
        DataFlow unwrap = flow(app, hsm, null, dek);
        unwrap.setBidirectional(true);
        route(unwrap, 2);
        flow(app, lake, null, null);
        cm(CountermeasureKind.CONFIDENTIAL_COMPUTING, vm, rnd.nextBoolean());
        return app;
    }

    private void site(int site, Zone cloud, Component analytics, Hsm hsm, int budget) {
        Zone field = zone("field", PolicyDomain.FIELD, owner, Classification.CONFIDENTIAL);
        Zone ops = zone("ops", PolicyDomain.ON_PREMISES, owner, Classification.RESTRICTED);
        OnPremSystem server = named(F.createOnPremSystem(), "server");
        server.setZone(ops);
        server.setOwner(owner);
        m.getComponents().add(server);
        Application app = named(F.createApplication(), "app");
        app.setZone(ops);
        app.setCritical(true);
        app.setKind(ApplicationKind.API_SERVICE);
        server.getParts().add(app);
        Storage db = named(F.createStorage(), "db");
        db.setZone(ops);
        db.setEncryptedAtRest(rnd.nextInt(4) > 0);
        db.setEncryptionKey(key(KeyType.SYMMETRIC_DATA_KEY, hsm, null));
        server.getParts().add(db);
        DataAsset readings = data(Classification.CONFIDENTIAL);
        DataAsset records = data(Classification.RESTRICTED);
        db.getStores().add(records);
        flow(app, db, records, null);
        DataFlow export = flow(app, analytics, readings, null);
        if (rnd.nextBoolean()) export.setProtectedBy(dek);
        Workstation ws = named(F.createWorkstation(), "ws");
        ws.setZone(ops);
        ws.setKind(WorkstationKind.HMI);
        m.getComponents().add(ws);
        flow(ws, app, records, null).setBidirectional(true);
        if (rnd.nextBoolean()) entries.add(ws);
        int devices = 2 + rnd.nextInt(5);
        for (int i = 0; i < devices && ids < budget - 12; i++) device(field, app, readings, i == 0);
        cm(CountermeasureKind.ACCESS_CONTROL, app, rnd.nextBoolean());
        cm(CountermeasureKind.INPUT_VALIDATION, app, rnd.nextBoolean());
        cm(CountermeasureKind.NETWORK_SEGMENTATION, field, rnd.nextBoolean());
    }

    private void device(Zone field, Component app, DataAsset readings, boolean critical) {
        Device d = named(rnd.nextBoolean() ? F.createDevice() : F.createGateway(), "dev");
        d.setZone(field);
        d.setCritical(critical);
        d.setOwner(owner);
        d.setSecureBoot(rnd.nextBoolean());
        d.setRemoteUpdate(rnd.nextBoolean());
        d.setMessageAuthentication(rnd.nextBoolean());
        d.getAuthMethods().add(rnd.nextBoolean() ? DeviceAuthMethod.CERTIFICATE : DeviceAuthMethod.SHARED_SECRET);
        m.getComponents().add(d);
        Pcb pcb = named(F.createPcb(), "pcb");
        d.getParts().add(pcb);
        Chip chip = named(F.createChip(), "chip");
        chip.setKind(ChipKind.MCU);
        chip.setIdentity(rnd.nextBoolean() ? IdentityKind.PUF_BASED : IdentityKind.NONE);
        pcb.getParts().add(chip);
        DebugPort port = named(F.createDebugPort(), "swd");
        port.setKind(DebugPortKind.SWD);
        port.setState(rnd.nextInt(4) == 0 ? DebugPortState.OPEN : DebugPortState.FUSED_DISABLED);
        pcb.getParts().add(port);
        FirmwareImage fw = named(F.createFirmwareImage(), "fw");
        fw.setSigned(rnd.nextBoolean());
        fw.setIntegrityChecked(fw.isSigned());
        d.getParts().add(fw);
        DataFlow f = flow(d, app, readings, null);
        f.setEncryption(rnd.nextBoolean() ? EncryptionKind.MUTUAL_TLS : EncryptionKind.NONE);
        f.setAuthentication(rnd.nextBoolean() ? AuthenticationKind.MUTUAL_CERTIFICATE : AuthenticationKind.NONE);
        Supply s = named(F.createSupply(), "sp");
        s.setSupplier(suppliers.get(rnd.nextInt(suppliers.size())));
        s.getParts().add(chip);
        s.getParts().add(pcb);
        s.setPhase(LifecyclePhase.MANUFACTURE);
        Verification v = F.createVerification();
        v.setMethod(rnd.nextBoolean() ? VerificationMethod.AUTHENTICITY_TEST : VerificationMethod.PROVENANCE_CHECK);
        v.setResult(rnd.nextInt(5) == 0 ? VerificationResult.FAILED : VerificationResult.PASSED);
        s.getVerifications().add(v);
        m.getSupplies().add(s);
        cm(CountermeasureKind.DEBUG_PORT_LOCK, port, rnd.nextBoolean());
        cm(CountermeasureKind.SIGNED_FIRMWARE, fw, rnd.nextBoolean());
        if (rnd.nextInt(3) == 0) entries.add(d);
    }

    private DataAsset data(Classification c) {
        DataAsset d = named(F.createDataAsset(), "d");
        d.setClassification(c);
        d.setOwner(owner);
        m.getDataAssets().add(d);
        return d;
    }

    private CryptoKey key(KeyType type, Component where, CryptoKey wrappedBy) {
        CryptoKey k = named(F.createCryptoKey(), "k");
        k.setKeyType(type);
        k.setCustodian(owner);
        k.setStoredIn(where);
        k.setWrappedBy(wrappedBy);
        k.setRotationDays(365);
        m.getKeys().add(k);
        return k;
    }

    private DataFlow flow(Node from, Node to, DataAsset data, CryptoKey key) {
        DataFlow f = named(F.createDataFlow(), "f");
        f.setSource(from);
        f.setTarget(to);
        f.setProtocol(Protocol.HTTPS);
        f.setEncryption(EncryptionKind.TLS);
        f.setAuthentication(AuthenticationKind.TOKEN);
        f.setIntegrityProtected(true);
        if (data != null) f.getData().add(data);
        if (key != null) f.getKeys().add(key);
        m.getFlows().add(f);
        return f;
    }

    private void route(DataFlow f, int min) {
        RouteRequirement r = F.createRouteRequirement();
        r.setEncryptedEveryHop(true);
        r.setMinIndependentPaths(min);
        r.setRouteChangeDetection(true);
        r.getAllowedJurisdictions().add("DE");
        f.setRouteRequirement(r);
        NetworkPath a = path(), b = path();
        if (rnd.nextBoolean()) b.getSharesInfrastructureWith().add(a);
        f.getPaths().add(a);
        f.getPaths().add(b);
    }

    private NetworkPath path() {
        NetworkPath p = named(F.createNetworkPath(), "np");
        p.setMedium(PathMedium.LEASED_LINE);
        p.setEncryptedEveryHop(true);
        p.setRouteMonitored(rnd.nextBoolean());
        p.getJurisdictions().add("DE");
        m.getNetworkPaths().add(p);
        return p;
    }

    private void cm(CountermeasureKind kind, ModelElement protects, boolean implemented) {
        Countermeasure c = named(F.createCountermeasure(), "cm");
        c.setKind(kind);
        c.setStatus(implemented ? CountermeasureStatus.IMPLEMENTED : CountermeasureStatus.PROPOSED);
        c.setSlCapability(1 + rnd.nextInt(3));
        c.getProtects().add(protects);
        m.getCountermeasures().add(c);
    }

    private void attackers() {
        for (int i = 0; i < 2; i++) {
            AttackerProfile a = named(F.createAttackerProfile(), "atk");
            a.setCapability(i == 0 ? AttackerCapability.SIMPLE : AttackerCapability.SOPHISTICATED);
            a.getAccess().add(AttackerAccess.REMOTE_NETWORK);
            for (int j = 0; j < Math.min(3, entries.size()); j++) a.getEntryPoints().add(entries.get(rnd.nextInt(entries.size())));
            m.getActors().add(a);
        }
    }
}
