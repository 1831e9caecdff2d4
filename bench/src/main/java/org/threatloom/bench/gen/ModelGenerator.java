package org.threatloom.bench.gen;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.InternalEList;
import org.threatloom.model.*;

/**
 * Builds deterministic synthetic models of N elements with the mix of the hand-written examples
 * ({@code examples/*.tlm}), scaled up: a shared backbone (owner, operator, cloud providers, carriers, suppliers of
 * every kind; public-cloud regions hosting compute, storage, applications, KMS, HSM, broker, OTA service, identity
 * provider and audit trail; a private cloud and an owner key vault; a vendor partner zone; actors and attacker
 * profiles), then as many plant <em>sites</em> as fit. A site has an on-prem system, HMI and engineering
 * workstation, edge gateways and broker, and field <em>cells</em> of controllers, sensors and actuators. Every
 * device carries its hardware tree ({@code Pcb > [IcPackage >] Chip > IpCore, DebugPort, Puf, RootOfTrust, Tee},
 * secure element, UART header) plus firmware and OS; cells and sites carry their zones and conduits, data assets,
 * keys, flows over network paths, supplies across the lifecycle phases with verifications, and countermeasures.
 * The remainder up to N is filled with whole cells, then extra sensors, then single elements, so the element count
 * is N exactly for every {@code N >= } {@link #MIN_ELEMENTS} (below that the backbone and one small site are built
 * regardless).
 *
 * <p>"Element" means {@link ModelElement}, the root included; SL vectors, verifications, route requirements and
 * properties are contained objects but not elements. The same {@code (elements, seed)} gives an identical model
 * and byte-identical XMI: one {@link Random} drawn in a fixed order, ids from per-prefix counters, no iteration
 * over hash order. Ids follow the examples' conventions ({@code org-}, {@code z-}, {@code c-}, {@code f-},
 * {@code k-}, {@code sp-}, {@code cm-}, ... plus a component prefix such as {@code plc-} or {@code chip-}).
 * Generated models validate without errors or warnings.
 */
public final class ModelGenerator {
    /** Below this, the generator still builds the backbone and one one-cell site (so every type family is present). */
    public static final int MIN_ELEMENTS = 600;

    private static final ThreatloomFactory F = ThreatloomFactory.eINSTANCE;

    /** Upper bounds (elements) used to decide whether another site, cell or sensor still fits. */
    private static final int SENSOR_MAX = 15;        // sensor with every optional part, two flows and a key
    private static final int CELL_MAX = 240;         // 2 controllers, 7 sensors, 3 actuators, a device, everything optional
    private static final int SITE_OVERHEAD_MAX = 130; // a site without its cells, with 3 gateways and everything optional

    private final int target;
    private final Random rnd;
    private final SystemModel model;
    private final Map<String, int[]> sequences = new HashMap<>();
    private int count;

    // backbone
    private Organization owner;
    private Organization operator;
    private final List<Organization> cloudProviders = new ArrayList<>();
    private final List<Organization> carriers = new ArrayList<>();
    private final List<IpVendor> ipVendors = new ArrayList<>();
    private final List<Foundry> foundries = new ArrayList<>();
    private final List<Osat> osats = new ArrayList<>();
    private final List<Distributor> distributors = new ArrayList<>();
    private final List<Integrator> integrators = new ArrayList<>();
    private final List<Vendor> deviceVendors = new ArrayList<>();
    private final List<Supplier> chipVendors = new ArrayList<>();
    private Supplier recycler;
    private Supplier refurbisher;
    private Zone internetZone;
    private Zone partnerZone;
    private final List<Region> regions = new ArrayList<>();
    private PrivateDc privateDc;
    private final List<AttackerProfile> attackers = new ArrayList<>();

    // pools for attacker profiles, threats and the final top-up
    private final List<Node> entryPoints = new ArrayList<>();
    private final List<ModelElement> criticalTargets = new ArrayList<>();
    private final List<Device> allDevices = new ArrayList<>();
    private final List<Component> keyStores = new ArrayList<>();
    private final List<Cell> allCells = new ArrayList<>();
    private Site currentSite;
    private int sites;

    private ModelGenerator(int target, long seed) {
        this.target = target;
        this.rnd = new Random(seed);
        this.model = F.createSystemModel();
    }

    /** A deterministic synthetic model of {@code elements} model elements (exactly, for {@code elements >= MIN_ELEMENTS}). */
    public static SystemModel generate(int elements, long seed) {
        if (elements <= 0) throw new IllegalArgumentException("elements must be positive: " + elements);
        return new ModelGenerator(elements, seed).build();
    }

    /** Model elements per EClass name (root included), sorted by name. */
    public static Map<String, Integer> countByType(SystemModel model) {
        Map<String, Integer> counts = new TreeMap<>();
        counts.merge(model.eClass().getName(), 1, Integer::sum);
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof ModelElement) counts.merge(o.eClass().getName(), 1, Integer::sum);
        }
        return counts;
    }

    /** Number of model elements, root included. */
    public static int countElements(SystemModel model) {
        int n = 1;
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) if (it.next() instanceof ModelElement) n++;
        return n;
    }

    /** Number of all contained objects (elements plus SL vectors, verifications, route requirements, properties), root included. */
    public static int countObjects(SystemModel model) {
        int n = 1;
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext(); it.next()) n++;
        return n;
    }

    // ================================================================================================ build

    private SystemModel build() {
        model.setId("system");
        model.setName("Synthetic plant platform (" + target + " elements)");
        model.setDescription("Generated by org.threatloom.bench.gen.ModelGenerator for benchmarks");
        model.setVersion("1.0." + target);
        model.setProductName("ThreatLoom synthetic plant platform");
        model.setSupportPeriodMonths(60);
        model.setRiskThreshold(Level.HIGH);
        count = 1;

        parties();
        internetZone = zone("Internet", PolicyDomain.INTERNET, null, null, "global", Classification.PUBLIC, 0, 1, null);
        int regionCount = clamp(target / 30_000 + 1, 1, 8);
        for (int i = 0; i < regionCount; i++) regions.add(region(i));
        privateDc = privateCloud();
        for (int i = 0; i < regionCount; i++) conduit("Region " + (i + 1) + " to private cloud", regions.get(i).zone, privateDc.zone);
        partner();
        actors();
        assumptionsAndAttestations();

        int reserve = 3 * regionCount + 8; // global countermeasures and manual threats at the end
        do {
            int cellsFit = (target - reserve - count - SITE_OVERHEAD_MAX) / CELL_MAX;
            int cells = Math.max(1, Math.min(2 + rnd.nextInt(5), cellsFit));
            site(sites++, cells);
        } while (target - reserve - count >= SITE_OVERHEAD_MAX + CELL_MAX);

        globalCountermeasures();
        manualThreats();
        wireAttackers();
        topUp();
        return model;
    }

    // ================================================================================================ backbone

    private void parties() {
        owner = party(F.createOrganization(), "Owner Industries AG", "DE", true);
        owner.setDescription("Manufacturer and system owner");
        model.setManufacturer(owner);
        operator = party(F.createOrganization(), "Plant Operations GmbH", "DE", true);
        String[][] clouds = {{"Hyperscaler A", "US"}, {"Sovereign Cloud B", "FR"}, {"Hyperscaler C", "US"}, {"Regional Cloud D", "SG"}};
        int providerCount = clamp(target / 40_000 + 2, 2, clouds.length);
        for (int i = 0; i < providerCount; i++) cloudProviders.add(party(F.createOrganization(), clouds[i][0], clouds[i][1], i != 2));
        carriers.add(party(F.createOrganization(), "Telco Carrier One", "DE", true));
        carriers.add(party(F.createOrganization(), "Satellite Link Co", "LU", false));

        int k = Math.max(1, target / 10_000);
        String[] countries = {"US", "DE", "TW", "KR", "CN", "JP", "NL", "IL", "GB", "MY", "SG", "CH"};
        for (int i = 0; i < 2 + k; i++) {
            IpVendor v = party(F.createIpVendor(), "IP vendor " + (i + 1), pick(countries), rnd.nextInt(4) != 0);
            certifications(v, "ISO 26262", "ISO 9001");
            ipVendors.add(v);
        }
        for (int i = 0; i < 1 + (k + 1) / 2; i++) {
            Foundry f = party(F.createFoundry(), "Foundry " + (i + 1), pick(countries), true);
            f.setTrustedFoundry(i == 0);
            certifications(f, "ISO 9001", "IATF 16949");
            foundries.add(f);
        }
        for (int i = 0; i < 1 + (k + 1) / 2; i++) {
            Osat o = party(F.createOsat(), "OSAT " + (i + 1), pick(countries), rnd.nextBoolean());
            certifications(o, "ISO 9001");
            osats.add(o);
        }
        for (int i = 0; i < 2 + k; i++) {
            Distributor d = party(F.createDistributor(), "Distributor " + (i + 1), pick(countries), false);
            boolean authorized = i % 3 != 2; // every third one is a broker outside the franchise
            d.setAuthorized(authorized);
            d.setTrusted(authorized);
            if (authorized) certifications(d, "AS6081");
            distributors.add(d);
        }
        for (int i = 0; i < 1 + (k + 1) / 2; i++) {
            Integrator in = party(F.createIntegrator(), "System integrator " + (i + 1), pick(countries), true);
            certifications(in, "IEC 62443-2-4", "ISO 27001");
            integrators.add(in);
        }
        String[] vendorNames = {"Acme Automation", "Nordic Controls", "Sensorix", "Volt Systems", "Kaito Industrial", "Fjordlink",
                "Drivetec Motion", "Lumina Sensing", "Baltic Devices", "Andes Control"};
        int vendors = clamp(4 + k / 2, 4, vendorNames.length);
        for (int i = 0; i < vendors; i++) {
            Vendor v = new Vendor();
            v.party = party(F.createSupplier(), vendorNames[i], pick(countries), i % 4 != 3);
            v.party.setDescription("Device and firmware vendor");
            certifications(v.party, "IEC 62443-4-1");
            deviceVendors.add(v);
        }
        for (int i = 0; i < 2 + k / 4; i++) {
            Supplier s = party(F.createSupplier(), "Fabless chip vendor " + (i + 1), pick(countries), true);
            s.setDescription("Fabless SoC / MCU vendor integrating third-party IP");
            chipVendors.add(s);
        }
        recycler = party(F.createSupplier(), "GreenLoop ITAD", "NL", true);
        recycler.setDescription("IT asset disposition: sanitisation and recycling");
        refurbisher = party(F.createSupplier(), "Spares Refurb GmbH", "DE", false);
        refurbisher.setDescription("Refurbished spare parts for discontinued hardware");
    }

    private Region region(int i) {
        Region r = new Region();
        r.provider = cloudProviders.get(i % cloudProviders.size());
        String regionName = pick(new String[] {"eu-central", "eu-west", "us-east", "us-west", "ap-southeast", "eu-north"}) + "-" + (i + 1);
        String jurisdiction = r.provider.getCountry();
        // public cloud cleared for INTERNAL by the owner's policy: more only under owner-held keys (examples/README.md)
        r.zone = zone("Public cloud " + regionName, PolicyDomain.PUBLIC_CLOUD, r.provider, owner, jurisdiction,
                Classification.INTERNAL, 2, 4, null);
        conduit("Internet to " + regionName, internetZone, r.zone);

        PublicCloudService pcs = top(el(F.createPublicCloudService(), "pcs", r.provider.getName() + " " + regionName), r.zone);
        pcs.setServiceModel(i % 2 == 0 ? ServiceModel.PAAS : ServiceModel.IAAS);
        pcs.setProvider(r.provider.getName());
        pcs.setRegion(regionName);
        pcs.setJurisdiction(jurisdiction);
        pcs.setOwner(r.provider);
        pcs.setOperator(r.provider);
        pcs.setInternetFacing(true);
        pcs.setCritical(true);
        r.service = pcs;

        Compute k8s = part(pcs, el(F.createCompute(), "cmp", "Ingest cluster " + regionName));
        k8s.setKind(ComputeKind.KUBERNETES_CLUSTER);
        k8s.setConfidentialComputing(rnd.nextInt(3) == 0);
        Compute fn = part(pcs, el(F.createCompute(), "cmp", "Event functions " + regionName));
        fn.setKind(ComputeKind.SERVERLESS);

        r.hsm = endpoint(pcs, el(F.createHsm(), "hsm", "Cloud HSM " + regionName), r.zone);
        r.hsm.setControlledBy(r.provider);
        r.hsm.setTransparency(Transparency.BLACK_BOX);
        r.hsm.setCertification("FIPS 140-3 Level 3");
        r.hsm.setAlgorithmsReplaceable(rnd.nextBoolean());
        add(r.hsm.getAlgorithms(), List.of("AES-256-GCM", "ECDSA P-256", "RSA-3072"));
        r.kms = endpoint(pcs, el(F.createKeyManagementService(), "kms", "Cloud KMS " + regionName), r.zone);
        r.kms.setControlledBy(i % 2 == 0 ? owner : r.provider);
        r.kms.setTransparency(Transparency.BLACK_BOX);
        r.kms.setByok(i % 2 == 0);
        r.kms.setHyok(i % 4 == 3);
        r.kms.setBackingHsm(r.hsm);
        keyStores.add(r.kms);
        keyStores.add(r.hsm);

        r.broker = endpoint(pcs, el(F.createBroker(), "brk", "IoT broker " + regionName), r.zone);
        r.broker.setProtocol(BrokerProtocol.MQTT);
        r.broker.setClientAuthentication(AuthenticationKind.MUTUAL_CERTIFICATE);
        r.broker.setTopicAuthorization(true);
        r.broker.setTls(true);
        r.broker.setInternetFacing(true);

        r.ota = endpoint(pcs, el(F.createOtaUpdateService(), "ota", "OTA update service " + regionName), r.zone);
        r.ota.setScheme(pick(new OtaScheme[] {OtaScheme.UPTANE, OtaScheme.TUF, OtaScheme.SUIT, OtaScheme.PROPRIETARY_SIGNED}));
        r.ota.setTrustAnchor(TrustAnchor.PINNED_KEY);
        r.ota.setRollbackProtection(rnd.nextInt(4) != 0);
        r.ota.setEncryptedImages(rnd.nextBoolean());
        r.ota.setInternetFacing(true);
        r.ota.setCritical(true);

        r.idp = endpoint(pcs, el(F.createIdentityProvider(), "idp", "Identity provider " + regionName), r.zone);
        r.idp.setControlledBy(owner);
        add(r.idp.getProtocols(), List.of("OIDC", "SAML"));
        r.idp.setMfaEnforced(rnd.nextInt(3) != 0);

        r.apiGateway = endpoint(pcs, el(F.createNetworkNode(), "nn", "API gateway " + regionName), r.zone);
        r.apiGateway.setKind(NetworkNodeKind.API_GATEWAY);
        r.apiGateway.setInternetFacing(true);

        r.api = app(pcs, "Device API " + regionName, ApplicationKind.API_SERVICE, true, "Go", r.zone);
        r.analytics = app(pcs, "Fleet analytics " + regionName, ApplicationKind.ANALYTICS, false, "Python", r.zone);
        r.portal = app(pcs, "Customer portal " + regionName, ApplicationKind.WEB_APPLICATION, true, "TypeScript", r.zone);

        r.telemetryStore = endpoint(pcs, el(F.createStorage(), "sto", "Telemetry lake " + regionName), r.zone);
        r.telemetryStore.setKind(StorageKind.DATA_LAKE);
        r.telemetryStore.setEncryptedAtRest(true);
        r.telemetryStore.setBackedUp(true);
        r.customerDb = endpoint(pcs, el(F.createStorage(), "sto", "Customer database " + regionName), r.zone);
        r.customerDb.setKind(StorageKind.DATABASE);
        r.customerDb.setEncryptedAtRest(true);
        r.customerDb.setBackedUp(true);
        r.customerDb.setCritical(true);

        r.audit = endpoint(pcs, el(F.createAuditTrail(), "aud", "Cloud audit log " + regionName), r.zone);
        r.audit.setTamperEvident(rnd.nextInt(3) != 0);
        r.audit.setRetentionDays(r.audit.isTamperEvident() ? 365 : 90);
        add(r.audit.getCovers(), List.of(r.kms, r.hsm, r.idp, r.ota));

        CryptoKey kek = key("KMS master key " + regionName, KeyType.KEY_ENCRYPTION_KEY, "AES-256", 256, r.kms.getControlledBy(), r.hsm, 365);
        kek.setUsedAtRest(true);
        CryptoKey lakeKey = key("Telemetry lake data key " + regionName, KeyType.SYMMETRIC_DATA_KEY, "AES-256-GCM", 256,
                r.kms.getControlledBy(), r.kms, 90);
        lakeKey.setUsedAtRest(true);
        r.telemetryStore.setEncryptionKey(lakeKey);
        CryptoKey dbKey = key("Customer database data key " + regionName, KeyType.SYMMETRIC_DATA_KEY, "AES-256-GCM", 256, owner, r.kms, 90);
        dbKey.setUsedAtRest(true);
        r.customerDb.setEncryptionKey(dbKey);
        r.tlsKey = key("API TLS key " + regionName, KeyType.ASYMMETRIC_PRIVATE, "ECDSA P-256", 256, r.provider, r.kms, 365);
        r.tlsKey.setUsedInTransit(true);
        CryptoKey idpKey = key("Token signing key " + regionName, KeyType.SIGNING_KEY, "RSA-PSS 3072", 3072, owner, r.kms, 180);
        idpKey.setUsedInTransit(true);

        DataAsset customers = data("Customer accounts " + regionName, Classification.CONFIDENTIAL, Level.HIGH, Level.HIGH,
                Level.MEDIUM, owner, jurisdiction);
        customers.setPersonalData(true);
        customers.setProtectedBy(dbKey);
        DataAsset fleet = data("Fleet telemetry " + regionName, Classification.INTERNAL, Level.MEDIUM, Level.HIGH, Level.MEDIUM, operator, jurisdiction);
        fleet.setProtectedBy(lakeKey);
        DataAsset insights = data("Analytics results " + regionName, Classification.INTERNAL, Level.MEDIUM, Level.MEDIUM, Level.LOW, owner, jurisdiction);
        insights.setAnonymised(true);
        DataAsset tokens = data("Access tokens " + regionName, Classification.CONFIDENTIAL, Level.HIGH, Level.HIGH, Level.HIGH, owner, jurisdiction);
        add(r.customerDb.getStores(), List.of(customers));
        add(r.telemetryStore.getStores(), List.of(fleet, insights));
        r.fleetData = fleet;

        flow(r.apiGateway, r.api, Protocol.HTTPS, EncryptionKind.TLS, AuthenticationKind.TOKEN, List.of(fleet), null, null);
        flow(r.broker, r.api, Protocol.MQTTS, EncryptionKind.MUTUAL_TLS, AuthenticationKind.MUTUAL_CERTIFICATE, List.of(fleet), null, null);
        flow(r.api, r.telemetryStore, Protocol.HTTPS, EncryptionKind.TLS, AuthenticationKind.TOKEN, List.of(fleet), null, null);
        flow(r.analytics, r.telemetryStore, Protocol.HTTPS, EncryptionKind.TLS, AuthenticationKind.TOKEN, List.of(fleet, insights), null, null);
        flow(r.portal, r.customerDb, Protocol.SQL, EncryptionKind.TLS, AuthenticationKind.PASSWORD, List.of(customers), null, null);
        flow(r.idp, r.portal, Protocol.HTTPS, EncryptionKind.TLS, AuthenticationKind.CERTIFICATE, List.of(tokens), null, null);
        DataFlow wrap = flow(r.kms, r.hsm, Protocol.PKCS11, EncryptionKind.NONE, AuthenticationKind.PASSWORD, List.of(), null, null);
        add(wrap.getKeys(), List.of(kek));
        DataFlow dataKeys = flow(r.kms, r.api, Protocol.KMIP, EncryptionKind.MUTUAL_TLS, AuthenticationKind.MUTUAL_CERTIFICATE, List.of(), null, null);
        add(dataKeys.getKeys(), List.of(lakeKey));
        dataKeys.setProtectedBy(kek);
        audited(dataKeys, r.audit);

        TrustBoundary tenant = el(F.createTrustBoundary(), "tb", "Cloud tenant " + regionName);
        tenant.setKind(TrustBoundaryKind.CLOUD_TENANT);
        add(tenant.getZones(), List.of(r.zone));
        add(tenant.getMembers(), List.of(pcs));
        addTo(model.getTrustBoundaries(), tenant);

        entryPoints.add(r.apiGateway);
        entryPoints.add(r.portal);
        criticalTargets.add(r.customerDb);
        criticalTargets.add(customers);
        return r;
    }

    private PrivateDc privateCloud() {
        PrivateDc p = new PrivateDc();
        p.zone = zone("Private cloud", PolicyDomain.PRIVATE_CLOUD, owner, integrators.get(0), "DE", Classification.RESTRICTED, 2, 3, null);
        p.vault = zone("Key vault", PolicyDomain.ON_PREMISES, owner, null, "DE", Classification.SECRET, 3, 4, null);
        conduit("Internet to private cloud", internetZone, p.zone);
        conduit("Private cloud to key vault", p.zone, p.vault);

        p.hsm = top(el(F.createHsm(), "hsm", "Owner HSM pair"), p.vault);
        p.hsm.setControlledBy(owner);
        p.hsm.setTransparency(Transparency.AUDITABLE);
        p.hsm.setCertification("FIPS 140-3 Level 3");
        p.hsm.setAlgorithmsReplaceable(true);
        add(p.hsm.getAlgorithms(), List.of("ECDSA P-384", "ML-DSA-65", "AES-256-GCM"));
        p.hsm.setCritical(true);
        p.hsm.setPhysicalAccess(PhysicalAccess.RESTRICTED);
        keyStores.add(p.hsm);

        PrivateCloud pc = top(el(F.createPrivateCloud(), "pvc", "Owner private cloud"), p.zone);
        pc.setProvider("Owner IT");
        pc.setRegion("Frankfurt DC");
        pc.setJurisdiction("DE");
        pc.setInspectable(true);
        pc.setOwner(owner);
        pc.setOperator(integrators.get(0));
        pc.setCritical(true);
        p.cloud = pc;
        Compute vm = part(pc, el(F.createCompute(), "cmp", "Build and signing VMs"));
        vm.setKind(ComputeKind.VIRTUAL_MACHINE);
        vm.setOs(os(vm, OsKind.GENERAL_PURPOSE, "Server OS"));
        p.kms = endpoint(pc, el(F.createKeyManagementService(), "kms", "Owner KMS"), p.zone);
        p.kms.setControlledBy(owner);
        p.kms.setTransparency(Transparency.WHITE_BOX);
        p.kms.setHyok(true);
        p.kms.setBackingHsm(p.hsm);
        keyStores.add(p.kms);
        p.ci = app(pc, "Firmware build pipeline", ApplicationKind.BATCH_JOB, false, "Python", p.zone);
        p.erp = app(pc, "Production planning", ApplicationKind.WEB_APPLICATION, true, "Java", p.zone);
        p.archive = endpoint(pc, el(F.createStorage(), "sto", "Firmware and SBOM archive"), p.zone);
        p.archive.setKind(StorageKind.OBJECT_STORE);
        p.archive.setEncryptedAtRest(true);
        p.archive.setBackedUp(true);
        AuditTrail audit = endpoint(pc, el(F.createAuditTrail(), "aud", "Signing audit log"), p.zone);
        audit.setTamperEvident(true);
        audit.setRetentionDays(3650);
        add(audit.getCovers(), List.of(p.hsm, p.kms, p.ci));

        CryptoKey root = key("Product root CA key", KeyType.ROOT_CA_KEY, "ECDSA P-384", 384, owner, p.hsm, 3650);
        root.setDescription("Offline root of the device PKI");
        p.issuingKey = key("Device issuing CA key", KeyType.SIGNING_KEY, "ECDSA P-256", 256, owner, p.hsm, 1095);
        p.otaSigningKey = key("OTA metadata signing key", KeyType.SIGNING_KEY, "ECDSA P-384", 384, owner, p.hsm, 730);
        CryptoKey archiveKey = key("Archive data key", KeyType.SYMMETRIC_DATA_KEY, "AES-256-GCM", 256, owner, p.kms, 180);
        archiveKey.setUsedAtRest(true);
        p.archive.setEncryptionKey(archiveKey);
        p.firmwareData = data("Firmware sources and images", Classification.RESTRICTED, Level.HIGH, Level.CRITICAL, Level.MEDIUM, owner, "DE");
        DataAsset sbom = data("SBOMs", Classification.INTERNAL, Level.LOW, Level.HIGH, Level.LOW, owner, "DE");
        p.planData = data("Production plans", Classification.CONFIDENTIAL, Level.HIGH, Level.MEDIUM, Level.MEDIUM, owner, "DE");
        add(p.archive.getStores(), List.of(p.firmwareData, sbom));

        DataFlow sign = flow(p.ci, p.hsm, Protocol.PKCS11, EncryptionKind.NONE, AuthenticationKind.PASSWORD, List.of(p.firmwareData), null,
                conduitBetween(p.zone, p.vault));
        sign.setIntegrityProtected(true);
        audited(sign, audit);
        flow(p.ci, p.archive, Protocol.HTTPS, EncryptionKind.TLS, AuthenticationKind.TOKEN, List.of(p.firmwareData, sbom), null, null);
        DataFlow unwrap = flow(p.kms, p.hsm, Protocol.PKCS11, EncryptionKind.MUTUAL_TLS, AuthenticationKind.MUTUAL_CERTIFICATE, List.of(), null,
                conduitBetween(p.zone, p.vault));
        add(unwrap.getKeys(), List.of(archiveKey));
        unwrap.setRouteRequirement(routeRequirement(1, true, "DE"));
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            DataFlow publish = flow(p.ci, r.ota, Protocol.HTTPS, EncryptionKind.MUTUAL_TLS, AuthenticationKind.MUTUAL_CERTIFICATE,
                    List.of(p.firmwareData), null, null);
            publish.setIntegrityProtected(true);
            r.ota.setSigningKey(p.otaSigningKey);
            flow(r.analytics, p.erp, Protocol.HTTPS, EncryptionKind.TLS, AuthenticationKind.TOKEN, List.of(r.fleetData), null, null);
        }
        criticalTargets.add(p.hsm);
        criticalTargets.add(p.firmwareData);
        return p;
    }

    /** The vendors' remote-service and signing systems live in a partner zone. */
    private void partner() {
        partnerZone = zone("Vendor service centres", PolicyDomain.PARTNER, integrators.get(0), null, "DE", Classification.INTERNAL, 1, 2, null);
        conduit("Vendor access via internet", partnerZone, internetZone);
        for (Vendor v : deviceVendors) {
            v.signing = top(el(F.createExternalSystem(), "ext", v.party.getName() + " firmware signing service"), partnerZone);
            v.signing.setOwner(v.party);
            v.signing.setOperator(v.party);
            keyStores.add(v.signing);
            v.signingKey = key(v.party.getName() + " firmware signing key", KeyType.SIGNING_KEY,
                    rnd.nextInt(3) == 0 ? "RSA-PSS 3072" : "ECDSA P-384", 384, v.party, v.signing, 1095);
        }
        TrustBoundary org = el(F.createTrustBoundary(), "tb", "Vendor organisations");
        org.setKind(TrustBoundaryKind.ORGANISATIONAL);
        add(org.getZones(), List.of(partnerZone));
        for (Vendor v : deviceVendors) addTo(org.getMembers(), v.signing);
        addTo(model.getTrustBoundaries(), org);
    }

    private void actors() {
        Actor admin = actor("Cloud administrator", "cloud administrator", owner, true, false, privateDc.zone);
        Actor secOfficer = actor("Security officer", "security officer", owner, true, false, privateDc.zone);
        Actor developer = actor("Firmware developer", "firmware developer", owner, false, false, privateDc.zone);
        actor("Provider operations staff", "cloud operations", cloudProviders.get(0), true, true, regions.get(0).zone);
        flow(developer, privateDc.ci, Protocol.SSH, EncryptionKind.APPLICATION_LAYER, AuthenticationKind.CERTIFICATE,
                List.of(privateDc.firmwareData), null, null);
        flow(admin, regions.get(0).portal, Protocol.HTTPS, EncryptionKind.TLS, AuthenticationKind.PASSWORD, List.of(), null, null);
        flow(secOfficer, privateDc.hsm, Protocol.OTHER, EncryptionKind.NONE, AuthenticationKind.CERTIFICATE, List.of(), null,
                conduitBetween(privateDc.zone, privateDc.vault));

        attackers.add(attacker("Remote criminal", AttackerCapability.SIMPLE, Resources.MODERATE, "profit", AttackerAccess.REMOTE_NETWORK));
        attackers.add(attacker("State-sponsored group", AttackerCapability.EXTENDED, Resources.NATION_STATE, "espionage and sabotage",
                AttackerAccess.REMOTE_NETWORK, AttackerAccess.SUPPLY_CHAIN));
        attackers.add(attacker("Malicious insider", AttackerCapability.SOPHISTICATED, Resources.MODERATE, "revenge",
                AttackerAccess.INSIDER, AttackerAccess.LOCAL));
        attackers.add(attacker("Field vandal", AttackerCapability.CASUAL, Resources.LOW, "sabotage", AttackerAccess.PHYSICAL));
        attackers.add(attacker("Competitor lab", AttackerCapability.SOPHISTICATED, Resources.HIGH, "IP theft and cloning",
                AttackerAccess.PHYSICAL, AttackerAccess.LOCAL));
        attackers.add(attacker("Counterfeiter", AttackerCapability.SOPHISTICATED, Resources.HIGH, "profit from clones", AttackerAccess.SUPPLY_CHAIN));
    }

    private void assumptionsAndAttestations() {
        assumption("Cloud provider staff do not access customer data outside audited break-glass procedures",
                AssumptionStatus.UNCONFIRMED, regions.get(0).service);
        assumption("The owner HSM pair is operated under dual control", AssumptionStatus.CONFIRMED, privateDc.hsm);
        assumption("Vendors keep their firmware signing keys in HSMs", AssumptionStatus.UNCONFIRMED, deviceVendors.get(0).signing);
        assumption("Sites are physically access-controlled", AssumptionStatus.CONFIRMED);
        String[][] topics = {
                {"vulnerability-disclosure-policy", "A coordinated vulnerability disclosure policy is published"},
                {"sbom", "SBOMs are produced for every firmware release"},
                {"support-period", "Security updates are provided for 60 months after placing on the market"},
                {"secure-development", "Development follows IEC 62443-4-1"}};
        for (String[] t : topics) {
            Attestation a = el(F.createAttestation(), "att", t[0]);
            a.setTopic(t[0]);
            a.setStatement(t[1]);
            a.setAttestedBy("Product security officer");
            a.setDate("2025-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(10));
            a.setEvidence("docs/" + t[0] + ".pdf");
            addTo(model.getAttestations(), a);
        }
    }

    // ================================================================================================ sites

    private void site(int s, int cells) {
        String sn = "Site " + (s + 1);
        Region r = regions.get(s % regions.size());
        String country = pick(new String[] {"DE", "DE", "FR", "PL", "US", "CN", "MX", "IN"});
        Site site = new Site();
        currentSite = site;
        site.name = sn;
        site.country = country;
        site.region = r;
        site.onprem = zone(sn + " plant network", PolicyDomain.ON_PREMISES, owner, operator, country, Classification.RESTRICTED, 2, 3, null);
        site.edge = zone(sn + " edge DMZ", PolicyDomain.EDGE, owner, operator, country, Classification.CONFIDENTIAL, 2, 3, null);
        site.cloudConduit = conduit(sn + " uplink to " + r.service.getName(), site.edge, r.zone, privateDc.zone);
        site.dmzConduit = conduit(sn + " DMZ to plant network", site.edge, site.onprem);
        Conduit vendorConduit = conduit(sn + " vendor remote access", partnerZone, site.edge);

        NetworkNode firewall = top(el(F.createNetworkNode(), "nn", sn + " firewall"), site.edge);
        firewall.setKind(NetworkNodeKind.FIREWALL);
        firewall.setManagementInterfaceExposed(rnd.nextInt(10) == 0);
        firewall.setVendor("NetSec");
        firewall.setProduct("NGFW 400");
        NetworkNode modem = top(el(F.createNetworkNode(), "nn", sn + " uplink router"), site.edge);
        modem.setKind(rnd.nextInt(3) == 0 ? NetworkNodeKind.MODEM : NetworkNodeKind.VPN_GATEWAY);
        modem.setInternetFacing(true);
        entryPoints.add(modem);

        OnPremSystem onp = top(el(F.createOnPremSystem(), "onp", sn + " on-prem servers"), site.onprem);
        onp.setProvider("Owner IT");
        onp.setSite(sn);
        onp.setRegion(country);
        onp.setJurisdiction(country);
        onp.setOwner(owner);
        onp.setOperator(operator);
        onp.setPhysicalAccess(PhysicalAccess.STAFF);
        Compute vm = part(onp, el(F.createCompute(), "cmp", sn + " virtualisation host"));
        vm.setKind(ComputeKind.VIRTUAL_MACHINE);
        vm.setOs(os(vm, OsKind.HYPERVISOR, sn + " hypervisor"));
        site.scada = app(onp, sn + " SCADA", ApplicationKind.CONTROL_LOGIC, false, "C++", site.onprem);
        site.scada.setCritical(true);
        site.mes = app(onp, sn + " MES", ApplicationKind.WEB_APPLICATION, true, "Java", site.onprem);
        site.historian = endpoint(onp, el(F.createStorage(), "sto", sn + " historian"), site.onprem);
        site.historian.setKind(StorageKind.DATABASE);
        site.historian.setEncryptedAtRest(rnd.nextBoolean());
        site.historian.setBackedUp(rnd.nextInt(4) != 0);
        Component keyHome = vm;
        if (rnd.nextInt(5) == 0) {
            Hsm hsm = endpoint(onp, el(F.createHsm(), "hsm", sn + " on-prem HSM"), site.onprem);
            hsm.setControlledBy(owner);
            hsm.setTransparency(Transparency.AUDITABLE);
            hsm.setCertification("CC EAL4+");
            add(hsm.getAlgorithms(), List.of("AES-256", "ECDSA P-256"));
            keyHome = hsm;
            keyStores.add(hsm);
        }
        AuditTrail audit = r.audit;
        if (rnd.nextBoolean()) {
            audit = endpoint(onp, el(F.createAuditTrail(), "aud", sn + " security log"), site.onprem);
            audit.setTamperEvident(rnd.nextBoolean());
            audit.setRetentionDays(90 + 90 * rnd.nextInt(4));
            add(audit.getCovers(), List.of(firewall, site.scada));
        }
        site.hmi = top(el(F.createWorkstation(), "ws", sn + " HMI"), site.onprem);
        site.hmi.setKind(WorkstationKind.HMI);
        site.hmi.setOs(os(site.hmi, OsKind.GENERAL_PURPOSE, sn + " HMI OS"));
        site.hmi.setRemovableMedia(rnd.nextInt(3) == 0);
        site.hmi.setPhysicalAccess(PhysicalAccess.STAFF);
        if (rnd.nextInt(5) < 3) {
            site.ews = top(el(F.createWorkstation(), "ws", sn + " engineering workstation"), site.onprem);
            site.ews.setKind(WorkstationKind.ENGINEERING_WORKSTATION);
            site.ews.setRemovableMedia(rnd.nextBoolean());
            entryPoints.add(site.ews);
        }
        site.broker = top(el(F.createBroker(), "brk", sn + " edge broker"), site.edge);
        site.broker.setProtocol(rnd.nextInt(4) == 0 ? BrokerProtocol.OPC_UA_PUBSUB : BrokerProtocol.MQTT);
        site.broker.setClientAuthentication(pick(new AuthenticationKind[] {AuthenticationKind.PASSWORD, AuthenticationKind.CERTIFICATE,
                AuthenticationKind.MUTUAL_CERTIFICATE, AuthenticationKind.NONE}));
        site.broker.setAnonymousAllowed(site.broker.getClientAuthentication() == AuthenticationKind.NONE);
        site.broker.setTopicAuthorization(rnd.nextBoolean());
        site.broker.setTls(site.broker.getClientAuthentication() != AuthenticationKind.NONE);

        Actor op = actor(sn + " operator", "operator", operator, false, false, site.onprem);
        Actor maint = actor(sn + " vendor service engineer", "remote maintenance", pick(deviceVendors).party, true, true, partnerZone);
        entryPoints.add(maint);

        site.telemetry = data(sn + " process telemetry", Classification.INTERNAL, Level.LOW, Level.HIGH, Level.HIGH, operator, country);
        site.setpoints = data(sn + " setpoints", Classification.CONFIDENTIAL, Level.MEDIUM, Level.CRITICAL, Level.HIGH, owner, country);
        site.recipes = data(sn + " recipes", Classification.RESTRICTED, Level.HIGH, Level.HIGH, Level.MEDIUM, owner, country);
        DataAsset accounts = data(sn + " operator accounts", Classification.CONFIDENTIAL, Level.HIGH, Level.HIGH, Level.MEDIUM, operator, country);
        accounts.setPersonalData(true);
        DataAsset events = data(sn + " security events", Classification.INTERNAL, Level.MEDIUM, Level.HIGH, Level.MEDIUM, operator, country);
        criticalTargets.add(site.recipes);
        site.tlsKey = key(sn + " TLS key", KeyType.ASYMMETRIC_PRIVATE, "ECDSA P-256", 256, owner, keyHome, 365);
        site.tlsKey.setUsedInTransit(true);
        if (site.historian.isEncryptedAtRest()) {
            CryptoKey hk = key(sn + " historian key", KeyType.SYMMETRIC_DATA_KEY, "AES-256-GCM", 256,
                    rnd.nextBoolean() ? owner : r.provider, rnd.nextBoolean() ? r.kms : keyHome, rnd.nextInt(4) * 90);
            hk.setUsedAtRest(true);
            site.historian.setEncryptionKey(hk);
            site.recipes.setProtectedBy(hk);
        }
        add(site.historian.getStores(), List.of(site.telemetry, site.recipes, events));

        site.uplink = path(sn + " internet uplink", rnd.nextInt(3) == 0 ? PathMedium.CELLULAR : PathMedium.INTERNET,
                List.of(firewall, modem), carriers.get(0), country, r.provider.getCountry());
        if (rnd.nextInt(5) < 2) {
            site.backup = path(sn + " backup link", pick(new PathMedium[] {PathMedium.MPLS, PathMedium.LEASED_LINE, PathMedium.SATELLITE}),
                    List.of(firewall), pick(carriers), country, r.provider.getCountry());
            if (rnd.nextInt(3) == 0) add(site.backup.getSharesInfrastructureWith(), List.of(site.uplink));
        }

        int gatewayCount = 1 + cells / 3;
        for (int g = 0; g < gatewayCount; g++) {
            Gateway gw = top(el(F.createGateway(), "gw", sn + " gateway " + (g + 1)), site.edge);
            gw.setProtocolTranslation(true);
            Vendor v = pick(deviceVendors);
            deviceCommon(gw, DeviceRole.GATEWAY, v);
            Hardware hw = hardware(gw, DeviceRole.GATEWAY, gw.getName(), v, List.of(pick(ipVendors)));
            Application adapter = app(gw, gw.getName() + " protocol adapter", ApplicationKind.MESSAGE_PROCESSOR, true, "C", site.edge);
            adapter.setDescription("OPC UA / CoAP to MQTT");
            CryptoKey id = key(gw.getName() + " identity key", KeyType.DEVICE_IDENTITY_KEY, "ECDSA P-256", 256, owner, hw.keyStore(gw), 365);
            id.setUsedInTransit(true);
            site.gatewayKeys.add(id);
            site.gateways.add(gw);
            entryPoints.add(gw);
        }

        for (int c = 0; c < cells; c++) cell(site, c);

        // site flows
        for (int g = 0; g < site.gateways.size(); g++) {
            Gateway gw = site.gateways.get(g);
            flow(gw, site.broker, Protocol.MQTTS, EncryptionKind.TLS, AuthenticationKind.CERTIFICATE, List.of(site.telemetry), null, null);
            DataFlow ota = flow(r.ota, gw, Protocol.HTTPS, EncryptionKind.TLS, AuthenticationKind.CERTIFICATE,
                    List.of(privateDc.firmwareData), uplinkPaths(site), site.cloudConduit);
            ota.setIntegrityProtected(true);
            DataFlow enrol = flow(privateDc.kms, gw, Protocol.HTTPS, EncryptionKind.MUTUAL_TLS,
                    AuthenticationKind.MUTUAL_CERTIFICATE, List.of(), uplinkPaths(site), site.cloudConduit);
            add(enrol.getKeys(), List.of(site.gatewayKeys.get(g)));
            enrol.setProtectedBy(site.tlsKey);
            enrol.setRouteRequirement(routeRequirement(site.backup != null ? 2 : 1, rnd.nextBoolean(), country, "DE"));
            addOta(r.ota, gw);
        }
        DataFlow up = flow(site.broker, r.broker, Protocol.MQTTS, EncryptionKind.MUTUAL_TLS, AuthenticationKind.MUTUAL_CERTIFICATE,
                List.of(site.telemetry), uplinkPaths(site), site.cloudConduit);
        up.setIntegrityProtected(true);
        audited(up, audit);
        if (rnd.nextInt(5) < 2) {
            up.setRouteRequirement(routeRequirement(site.backup != null ? 2 : 1, true, rnd.nextBoolean() ? null : country, r.provider.getCountry()));
        }
        flow(site.mes, r.api, Protocol.HTTPS, EncryptionKind.TLS, AuthenticationKind.API_KEY, List.of(site.telemetry), uplinkPaths(site),
                site.cloudConduit);
        flow(privateDc.erp, site.mes, Protocol.HTTPS, EncryptionKind.MUTUAL_TLS, AuthenticationKind.MUTUAL_CERTIFICATE,
                List.of(site.recipes, privateDc.planData), uplinkPaths(site), site.cloudConduit);
        flow(site.broker, site.scada, Protocol.MQTT, rnd.nextBoolean() ? EncryptionKind.TLS : EncryptionKind.NONE,
                AuthenticationKind.PASSWORD, List.of(site.telemetry), null, site.dmzConduit);
        flow(site.scada, site.historian, Protocol.SQL, EncryptionKind.NONE, AuthenticationKind.PASSWORD, List.of(site.telemetry, site.recipes), null, null);
        flow(op, site.hmi, Protocol.OTHER, EncryptionKind.NONE, AuthenticationKind.PASSWORD, List.of(site.setpoints, accounts), null, null);
        flow(site.hmi, site.scada, Protocol.OPC_UA, EncryptionKind.APPLICATION_LAYER, AuthenticationKind.CERTIFICATE, List.of(site.setpoints), null, null);
        DataFlow remote = flow(maint, modem, Protocol.SSH, EncryptionKind.APPLICATION_LAYER, AuthenticationKind.PASSWORD, List.of(), null, vendorConduit);
        audited(remote, audit);
        audited(flow(firewall, audit, Protocol.SYSLOG, EncryptionKind.NONE, AuthenticationKind.NONE, List.of(events),
                audit == r.audit ? uplinkPaths(site) : null, audit == r.audit ? site.cloudConduit : site.dmzConduit), audit);

        TrustBoundary physical = el(F.createTrustBoundary(), "tb", sn + " perimeter");
        physical.setKind(TrustBoundaryKind.PHYSICAL);
        add(physical.getZones(), site.zones);
        addTo(model.getTrustBoundaries(), physical);
        TrustBoundary dmz = el(F.createTrustBoundary(), "tb", sn + " DMZ boundary");
        dmz.setKind(TrustBoundaryKind.NETWORK);
        add(dmz.getZones(), List.of(site.edge));
        add(dmz.getMembers(), List.of(firewall, modem, site.broker));
        add(dmz.getMembers(), site.gateways);
        addTo(model.getTrustBoundaries(), dmz);
        if (!site.secureHardware.isEmpty()) {
            TrustBoundary hwb = el(F.createTrustBoundary(), "tb", sn + " secure hardware");
            hwb.setKind(TrustBoundaryKind.HARDWARE);
            add(hwb.getMembers(), site.secureHardware);
            addTo(model.getTrustBoundaries(), hwb);
        }

        siteSupplies(site, onp);
        siteCountermeasures(site, firewall, onp, vendorConduit, remote);
        currentSite = null;
    }

    private void cell(Site site, int c) {
        String cn = site.name + " cell " + (c + 1);
        Cell cell = new Cell();
        cell.site = site;
        cell.name = cn;
        cell.zone = zone(cn, PolicyDomain.FIELD, owner, operator, site.country,
                rnd.nextBoolean() ? Classification.CONFIDENTIAL : Classification.RESTRICTED, 1, 3, site.onprem);
        cell.conduit = conduit(cn + " to edge and plant network", cell.zone, site.edge, site.onprem);
        cell.gateway = site.gateways.get(c % site.gateways.size());
        cell.vendor = pick(deviceVendors);
        cell.ipVendors = List.of(pick(ipVendors), pick(ipVendors));
        cell.chipVendor = pick(chipVendors);
        cell.fieldProtocol = pick(new Protocol[] {Protocol.MODBUS_TCP, Protocol.MODBUS_RTU, Protocol.PROFINET, Protocol.ETHERNET_IP,
                Protocol.OPC_UA, Protocol.CAN, Protocol.DDS_SECURE});
        if (rnd.nextBoolean()) {
            boolean bus = cell.fieldProtocol == Protocol.CAN || cell.fieldProtocol == Protocol.MODBUS_RTU;
            cell.fieldPath = path(cn + " field network", bus ? PathMedium.FIELD_BUS : PathMedium.LAN, List.of(cell.gateway), operator, site.country);
        }
        cell.values = data(cn + " process values", Classification.INTERNAL, Level.LOW, Level.HIGH, Level.HIGH, operator, site.country);
        if (rnd.nextBoolean()) {
            data(cn + " calibration data", Classification.INTERNAL, Level.LOW, Level.HIGH, Level.MEDIUM, pick(deviceVendors).party, site.country);
        }

        int controllers = rnd.nextInt(4) == 0 ? 2 : 1;
        for (int i = 0; i < controllers; i++) {
            Controller plc = top(el(F.createController(), "plc", cn + " controller " + (i + 1)), cell.zone);
            plc.setKind(pick(ControllerKind.VALUES));
            plc.setProgrammableRemotely(rnd.nextInt(3) == 0);
            plc.setCritical(rnd.nextInt(3) == 0);
            plc.setPhysicalAccess(PhysicalAccess.STAFF);
            deviceCommon(plc, DeviceRole.CONTROLLER, cell.vendor);
            Hardware hw = hardware(plc, DeviceRole.CONTROLLER, plc.getName(), cell.vendor, cell.ipVendors);
            cell.hardware.add(hw);
            cell.controllers.add(plc);
            if (plc.isCritical()) criticalTargets.add(plc);
            addOta(site.region.ota, plc);
            CryptoKey id = key(plc.getName() + " identity key", KeyType.DEVICE_IDENTITY_KEY, rnd.nextBoolean() ? "ECDSA P-256" : "RSA-2048",
                    256, owner, hw.keyStore(plc), 730);
            id.setUsedInTransit(true);
            DataAsset program = data(plc.getName() + " control program", Classification.RESTRICTED, Level.HIGH, Level.CRITICAL, Level.HIGH,
                    owner, site.country);
            cell.programs.add(program);
        }
        if (controllers == 2) add(cell.controllers.get(0).getHorizontalPeers(), List.of(cell.controllers.get(1)));
        int sensors = 3 + rnd.nextInt(5);
        for (int i = 0; i < sensors; i++) sensor(cell, cn + " sensor " + (i + 1));
        int actuators = 1 + rnd.nextInt(3);
        for (int i = 0; i < actuators; i++) {
            Actuator a = top(el(F.createActuator(), "acu", cn + " actuator " + (i + 1)), cell.zone);
            a.setSafetyRelevant(rnd.nextInt(5) < 2);
            a.setPhysicalAccess(PhysicalAccess.STAFF);
            deviceCommon(a, DeviceRole.FIELD, cell.vendor);
            Hardware hw = hardware(a, DeviceRole.FIELD, a.getName(), cell.vendor, cell.ipVendors);
            cell.hardware.add(hw);
            if (hw.rot != null) identityKey(a, hw);
            cell.actuators.add(a);
            Controller plc = cell.controllers.get(i % controllers);
            flow(plc, a, cell.fieldProtocol, encryptionFor(cell.fieldProtocol), authFor(cell.fieldProtocol), List.of(site.setpoints),
                    fieldPaths(cell), null);
        }
        if (rnd.nextInt(10) < 3) {
            Device d = top(el(F.createDevice(), "dev", cn + " " + pick(new String[] {"inspection camera", "smart meter", "barcode reader", "drive"})),
                    cell.zone);
            Vendor v = pick(deviceVendors);
            deviceCommon(d, DeviceRole.GATEWAY, v);
            cell.hardware.add(hardware(d, DeviceRole.GATEWAY, d.getName(), v, cell.ipVendors));
            flow(d, cell.gateway, rnd.nextBoolean() ? Protocol.HTTPS : Protocol.OTHER, EncryptionKind.TLS, AuthenticationKind.PASSWORD,
                    List.of(cell.values), fieldPaths(cell), cell.conduit);
            cell.other.add(d);
        }
        if (rnd.nextBoolean()) {
            FieldBus bus = top(el(F.createFieldBus(), "bus", cn + " field bus"), cell.zone);
            bus.setKind(cell.fieldProtocol == Protocol.CAN ? FieldBusKind.CAN_FD : cell.fieldProtocol == Protocol.PROFINET ? FieldBusKind.PROFINET
                    : pick(new FieldBusKind[] {FieldBusKind.MODBUS_RTU, FieldBusKind.ETHERCAT, FieldBusKind.PROFIBUS}));
            bus.setAuthenticated(rnd.nextInt(4) == 0);
            add(bus.getAttached(), cell.controllers);
            add(bus.getAttached(), cell.sensors);
            add(bus.getAttached(), cell.actuators);
        }

        for (int i = 0; i < cell.controllers.size(); i++) {
            Controller plc = cell.controllers.get(i);
            DataFlow up = flow(plc, cell.gateway, rnd.nextBoolean() ? Protocol.OPC_UA : Protocol.MQTTS,
                    rnd.nextInt(3) == 0 ? EncryptionKind.NONE : EncryptionKind.TLS, AuthenticationKind.CERTIFICATE,
                    List.of(cell.values), fieldPaths(cell), cell.conduit);
            up.setBidirectional(true);
            cell.conduitFlows.add(up);
            cell.conduitFlows.add(flow(site.hmi, plc, Protocol.OPC_UA, EncryptionKind.APPLICATION_LAYER, AuthenticationKind.PASSWORD,
                    List.of(site.setpoints), null, cell.conduit));
            cell.conduitFlows.add(flow(site.scada, plc, Protocol.OPC_UA, rnd.nextBoolean() ? EncryptionKind.APPLICATION_LAYER : EncryptionKind.NONE,
                    AuthenticationKind.CERTIFICATE, List.of(cell.values), null, cell.conduit));
            if (site.ews != null) {
                cell.conduitFlows.add(flow(site.ews, plc, Protocol.ETHERNET_IP, EncryptionKind.NONE, AuthenticationKind.PASSWORD,
                        List.of(cell.programs.get(i)), null, cell.conduit));
            }
            if (plc.isRemoteUpdate()) {
                DataFlow fw = flow(cell.gateway, plc, Protocol.HTTPS, EncryptionKind.TLS, AuthenticationKind.CERTIFICATE,
                        List.of(privateDc.firmwareData), fieldPaths(cell), cell.conduit);
                fw.setIntegrityProtected(true);
                cell.conduitFlows.add(fw);
            }
        }
        if (controllers == 2) {
            flow(cell.controllers.get(0), cell.controllers.get(1), cell.fieldProtocol, encryptionFor(cell.fieldProtocol),
                    AuthenticationKind.MUTUAL_CERTIFICATE, List.of(cell.values), fieldPaths(cell), null).setBidirectional(true);
        }

        List<ModelElement> safety = new ArrayList<>();
        for (Sensor s : cell.sensors) if (s.isSafetyRelevant()) safety.add(s);
        for (Actuator a : cell.actuators) if (a.isSafetyRelevant()) safety.add(a);
        if (!safety.isEmpty()) {
            data(cn + " safety parameters", Classification.CONFIDENTIAL, Level.LOW, Level.CRITICAL, Level.CRITICAL, owner, site.country);
        }
        cellCountermeasures(cell, safety);
        cellSupplies(cell);

        site.cells.add(cell);
        allCells.add(cell);
    }

    private Sensor sensor(Cell cell, String name) {
        Sensor s = top(el(F.createSensor(), "sen", name), cell.zone);
        s.setPrinciple(pick(SensorPrinciple.VALUES));
        s.setMeasurand(s.getPrinciple().getName().toLowerCase(Locale.ROOT).replace('_', ' '));
        s.setSafetyRelevant(rnd.nextInt(5) == 0);
        s.setPlausibilityChecked(s.isSafetyRelevant() && rnd.nextBoolean());
        s.setPhysicalAccess(rnd.nextInt(4) == 0 ? PhysicalAccess.PUBLIC : PhysicalAccess.STAFF);
        deviceCommon(s, DeviceRole.FIELD, cell.vendor);
        Hardware hw = hardware(s, DeviceRole.FIELD, s.getName(), cell.vendor, cell.ipVendors);
        cell.hardware.add(hw);
        cell.sensors.add(s);
        Controller plc = cell.controllers.get(cell.sensors.size() % cell.controllers.size());
        flow(s, plc, cell.fieldProtocol, encryptionFor(cell.fieldProtocol), authFor(cell.fieldProtocol), List.of(cell.site.telemetry),
                fieldPaths(cell), null);
        boolean pufKey = false;
        if (rnd.nextInt(10) < 3) {
            // a wireless condition-monitoring sensor also reports to the gateway directly
            DataFlow direct = flow(s, cell.gateway, Protocol.COAPS, EncryptionKind.DTLS, AuthenticationKind.MESSAGE_MAC,
                    List.of(cell.values), null, cell.conduit);
            cell.conduitFlows.add(direct);
            if (hw.puf != null && hw.puf.isUsedForKeyGeneration()) {
                CryptoKey k = key(s.getName() + " PUF-derived key", KeyType.PUF_DERIVED_KEY, "ECDSA P-256", 256, owner, hw.puf, 0);
                k.setUsedInTransit(true);
                direct.setAuthentication(AuthenticationKind.PUF);
                direct.setProtectedBy(k);
                pufKey = true;
            } else {
                if (cell.psk == null) {
                    cell.psk = key(cell.name + " sensor fleet pre-shared key", KeyType.SYMMETRIC_DATA_KEY, "AES-128-CCM", 128,
                            cell.vendor.party, s, 0);
                    cell.psk.setUsedInTransit(true);
                    cell.psk.setExportable(true);
                }
                direct.setProtectedBy(cell.psk);
            }
        }
        if (!pufKey && hw.rot != null) identityKey(s, hw);
        return s;
    }

    private void cellCountermeasures(Cell cell, List<ModelElement> safety) {
        String cn = cell.name;
        for (Controller plc : cell.controllers) {
            countermeasure(plc.getName() + " secure boot", CountermeasureKind.SECURE_BOOT,
                    plc.getRootOfTrust() != null ? CountermeasureStatus.IMPLEMENTED : CountermeasureStatus.PROPOSED, List.of(plc), FoundationalRequirement.SI);
            countermeasure(plc.getName() + " access control", rnd.nextBoolean() ? CountermeasureKind.UNIQUE_CREDENTIALS : CountermeasureKind.ACCESS_CONTROL,
                    randomStatus(), List.of(plc), FoundationalRequirement.IAC, FoundationalRequirement.UC);
        }
        countermeasure(cn + " segmentation", CountermeasureKind.NETWORK_SEGMENTATION, randomStatus(), List.of(cell.zone, cell.conduit),
                FoundationalRequirement.RDF);
        countermeasure(cn + " encrypted conduit traffic", CountermeasureKind.ENCRYPTION_IN_TRANSIT, randomStatus(), cell.conduitFlows,
                FoundationalRequirement.DC);
        List<ModelElement> ports = new ArrayList<>();
        List<ModelElement> images = new ArrayList<>();
        List<ModelElement> pufDevices = new ArrayList<>();
        for (Hardware hw : cell.hardware) {
            ports.addAll(hw.debugPorts);
            images.add(hw.firmware);
            if (hw.puf != null) pufDevices.add(hw.device);
        }
        countermeasure(cn + " debug port lock", CountermeasureKind.DEBUG_PORT_LOCK, randomStatus(), ports, FoundationalRequirement.UC);
        countermeasure(cn + " signed firmware", CountermeasureKind.SIGNED_FIRMWARE, CountermeasureStatus.IMPLEMENTED, images, FoundationalRequirement.SI);
        if (!pufDevices.isEmpty()) {
            countermeasure(cn + " PUF-based identity", CountermeasureKind.PUF_IDENTITY, randomStatus(), pufDevices, FoundationalRequirement.IAC);
        }
        if (!safety.isEmpty()) {
            countermeasure(cn + " plausibility checks", CountermeasureKind.SENSOR_PLAUSIBILITY_CHECK, randomStatus(), safety, FoundationalRequirement.SI);
        }
        List<ModelElement> exposed = new ArrayList<>();
        for (Sensor s : cell.sensors) if (s.getPhysicalAccess() == PhysicalAccess.PUBLIC) exposed.add(s);
        if (!exposed.isEmpty()) {
            countermeasure(cn + " tamper detection", CountermeasureKind.TAMPER_DETECTION, randomStatus(), exposed, FoundationalRequirement.SI);
        }
    }

    /** Supplies of a cell's parts across design, manufacture, software embedding, distribution and integration. */
    private void cellSupplies(Cell cell) {
        String cn = cell.name;
        Map<IpVendor, List<Component>> cores = new LinkedHashMap<>();
        List<Component> chips = new ArrayList<>();
        List<Component> packages = new ArrayList<>();
        List<Component> software = new ArrayList<>();
        for (Hardware hw : cell.hardware) {
            for (IpCore ip : hw.ipCores) cores.computeIfAbsent((IpVendor) ip.getIpVendor(), v -> new ArrayList<>()).add(ip);
            chips.addAll(hw.chips);
            if (hw.pkg != null) packages.add(hw.pkg);
            software.add(hw.firmware);
            if (hw.os != null) software.add(hw.os);
        }
        for (Map.Entry<IpVendor, List<Component>> e : cores.entrySet()) {
            supply(cn + " IP from " + e.getKey().getName(), e.getKey(), LifecyclePhase.DESIGN, e.getValue(),
                    VerificationMethod.FUNCTIONAL_TEST, VerificationMethod.TROJAN_INSPECTION);
        }
        supply(cn + " SoC and MCU design", cell.chipVendor, LifecyclePhase.DESIGN, chips, VerificationMethod.SUPPLIER_AUDIT);
        Foundry fab = pick(foundries);
        supply(cn + " wafers", fab, LifecyclePhase.MANUFACTURE, chips, VerificationMethod.PROVENANCE_CHECK,
                fab.isTrustedFoundry() ? VerificationMethod.SUPPLIER_AUDIT : VerificationMethod.SIDE_CHANNEL_FINGERPRINT);
        supply(cn + " packaging and test", pick(osats), LifecyclePhase.MANUFACTURE, packages, VerificationMethod.XRAY_INSPECTION,
                VerificationMethod.PUF_ENROLMENT);
        supply(cn + " firmware", cell.vendor.party, LifecyclePhase.SOFTWARE_EMBEDDING, software, VerificationMethod.SIGNATURE_CHECK,
                VerificationMethod.SBOM_REVIEW);
        List<Component> field = new ArrayList<>(cell.sensors);
        field.addAll(cell.actuators);
        cell.supply = supply(cn + " field devices", pick(distributors), LifecyclePhase.DISTRIBUTION, field, VerificationMethod.PROVENANCE_CHECK,
                VerificationMethod.AUTHENTICITY_TEST);
        List<Component> integrated = new ArrayList<>(cell.controllers);
        integrated.addAll(cell.other);
        supply(cn + " cell integration", pick(integrators), LifecyclePhase.INTEGRATION, integrated, VerificationMethod.FUNCTIONAL_TEST);
    }

    private void siteSupplies(Site site, OnPremSystem onp) {
        String sn = site.name;
        List<Component> gwChips = new ArrayList<>();
        List<Component> gwSoftware = new ArrayList<>();
        for (Gateway gw : site.gateways) {
            for (TreeIterator<EObject> it = gw.eAllContents(); it.hasNext();) {
                EObject o = it.next();
                if (o instanceof Chip chip) gwChips.add(chip);
                else if (o instanceof FirmwareImage || o instanceof OperatingSystem || o instanceof Application) gwSoftware.add((Component) o);
            }
        }
        supply(sn + " gateway silicon", pick(foundries), LifecyclePhase.MANUFACTURE, gwChips, VerificationMethod.AUTHENTICITY_TEST);
        supply(sn + " gateway system image", pick(deviceVendors).party, LifecyclePhase.SOFTWARE_EMBEDDING, gwSoftware,
                VerificationMethod.SIGNATURE_CHECK, VerificationMethod.SBOM_REVIEW);
        List<Component> integrated = new ArrayList<>(site.gateways);
        integrated.add(onp);
        integrated.add(site.hmi);
        supply(sn + " site integration", pick(integrators), LifecyclePhase.INTEGRATION, integrated, VerificationMethod.FUNCTIONAL_TEST,
                VerificationMethod.CODE_REVIEW);
        supply(sn + " remote maintenance", pick(deviceVendors).party, LifecyclePhase.OPERATION, site.cells.get(0).controllers,
                VerificationMethod.SUPPLIER_AUDIT);
        if (rnd.nextInt(3) == 0) {
            supply(sn + " disposal of retired units", recycler, LifecyclePhase.DISPOSAL, List.of(site.cells.get(0).sensors.get(0), site.hmi),
                    VerificationMethod.SUPPLIER_AUDIT);
        }
        if (rnd.nextInt(6) == 0) {
            supply(sn + " refurbished spare board", refurbisher, LifecyclePhase.REUSE, List.of(site.cells.get(0).hardware.get(0).pcb),
                    VerificationMethod.AUTHENTICITY_TEST);
        }
    }

    private void siteCountermeasures(Site site, NetworkNode firewall, OnPremSystem onp, Conduit vendorConduit, DataFlow remote) {
        String sn = site.name;
        countermeasure(sn + " perimeter firewall", CountermeasureKind.FIREWALL, CountermeasureStatus.VERIFIED, List.of(firewall, site.dmzConduit),
                FoundationalRequirement.RDF);
        countermeasure(sn + " zone segmentation", CountermeasureKind.NETWORK_SEGMENTATION, CountermeasureStatus.IMPLEMENTED,
                List.of(site.onprem, site.edge), FoundationalRequirement.RDF);
        countermeasure(sn + " physical security", CountermeasureKind.PHYSICAL_SECURITY, CountermeasureStatus.VERIFIED, List.of(onp, site.hmi),
                FoundationalRequirement.UC);
        countermeasure(sn + " patch management", CountermeasureKind.PATCH_MANAGEMENT, randomStatus(), List.of(site.scada, site.mes, site.hmi),
                FoundationalRequirement.SI);
        countermeasure(sn + " OT intrusion detection", CountermeasureKind.INTRUSION_DETECTION, rnd.nextBoolean() ? CountermeasureStatus.PROPOSED
                : CountermeasureStatus.IMPLEMENTED, List.of(site.edge, site.onprem), FoundationalRequirement.TRE);
        countermeasure(sn + " uplink VPN", CountermeasureKind.VPN, CountermeasureStatus.IMPLEMENTED, List.of(site.uplink, site.cloudConduit),
                FoundationalRequirement.DC, FoundationalRequirement.RDF);
        countermeasure(sn + " vendor access MFA", CountermeasureKind.MULTI_FACTOR_AUTHENTICATION, randomStatus(), List.of(vendorConduit, remote),
                FoundationalRequirement.IAC);
        if (site.backup != null) {
            countermeasure(sn + " path diversity", CountermeasureKind.PATH_DIVERSITY, randomStatus(), List.of(site.uplink, site.backup),
                    FoundationalRequirement.RA);
        }
    }

    // ================================================================================================ global tail

    private void globalCountermeasures() {
        for (Region r : regions) {
            countermeasure(r.service.getName() + " DDoS protection", CountermeasureKind.DDOS_PROTECTION, CountermeasureStatus.IMPLEMENTED,
                    List.of(r.apiGateway, r.broker), FoundationalRequirement.RA);
            countermeasure(r.service.getName() + " customer-managed keys", CountermeasureKind.CUSTOMER_MANAGED_KEYS,
                    r.kms.isByok() ? CountermeasureStatus.IMPLEMENTED : CountermeasureStatus.PLANNED, List.of(r.kms, r.telemetryStore, r.customerDb),
                    FoundationalRequirement.DC);
            countermeasure(r.service.getName() + " MFA", CountermeasureKind.MULTI_FACTOR_AUTHENTICATION,
                    r.idp.isMfaEnforced() ? CountermeasureStatus.VERIFIED : CountermeasureStatus.PLANNED, List.of(r.idp, r.portal),
                    FoundationalRequirement.IAC);
        }
        countermeasure("HSM key storage", CountermeasureKind.HSM_KEY_STORAGE, CountermeasureStatus.VERIFIED, List.of(privateDc.hsm, privateDc.kms),
                FoundationalRequirement.DC);
        countermeasure("Code signing", CountermeasureKind.CODE_SIGNING, CountermeasureStatus.IMPLEMENTED, List.of(privateDc.ci), FoundationalRequirement.SI);
        countermeasure("SBOM", CountermeasureKind.SBOM, CountermeasureStatus.IMPLEMENTED, List.of(privateDc.archive), FoundationalRequirement.SI);
        countermeasure("Supplier assessment", CountermeasureKind.SUPPLIER_ASSESSMENT, CountermeasureStatus.PLANNED, distributors, FoundationalRequirement.SI);
        countermeasure("Incident response", CountermeasureKind.INCIDENT_RESPONSE, CountermeasureStatus.IMPLEMENTED, List.of(model), FoundationalRequirement.TRE);
    }

    /** A few hand-entered threat records, as the examples have. */
    private void manualThreats() {
        Cell cell = allCells.get(0);
        Device sensor = cell.sensors.get(0);
        Countermeasure mitigation = model.getCountermeasures().get(0);
        threat("Spoofed sensor data poisons the analytics model", sensor, Stride.TAMPERING, Level.MEDIUM, Level.HIGH, Level.HIGH,
                ThreatStatus.OPEN, mitigation, "CAPEC-148");
        threat("Cloned gateway enrols with an extracted identity key", allCells.get(allCells.size() - 1).gateway, Stride.SPOOFING, Level.LOW,
                Level.HIGH, Level.MEDIUM, ThreatStatus.ACCEPTED, null, "CAPEC-643");
        threat("Counterfeit MCUs from an unauthorised distributor", cell.supply, Stride.TAMPERING, Level.MEDIUM, Level.MEDIUM, Level.MEDIUM,
                ThreatStatus.OPEN, null, "CAPEC-439");
    }

    private void wireAttackers() {
        for (AttackerProfile a : attackers) {
            List<Node> entries = new ArrayList<>();
            int entryCount = 3 + rnd.nextInt(6);
            for (int i = 0; i < entryCount; i++) {
                Node n = pick(entryPoints);
                if (!entries.contains(n)) entries.add(n);
            }
            add(a.getEntryPoints(), entries);
            List<ModelElement> targets = new ArrayList<>();
            int targetCount = 2 + rnd.nextInt(4);
            for (int i = 0; i < targetCount; i++) {
                ModelElement t = pick(criticalTargets);
                if (!targets.contains(t)) targets.add(t);
            }
            add(a.getTargets(), targets);
        }
    }

    /**
     * Fills the rest up to N: whole cells into the last site while one fits, then extra sensors spread over the cells
     * (last cells first), then single flows, countermeasures, data assets and keys until the count is exactly N.
     */
    private void topUp() {
        Site site = allCells.get(allCells.size() - 1).site;
        currentSite = site;
        while (target - count >= CELL_MAX) cell(site, site.cells.size());
        currentSite = null;
        int extra = 0;
        while (target - count >= SENSOR_MAX) {
            Cell cell = allCells.get(allCells.size() - 1 - extra % allCells.size());
            Sensor s = sensor(cell, cell.name + " extra sensor " + (++extra));
            addTo(cell.supply.getParts(), s);
        }
        Cell last = allCells.get(allCells.size() - 1);
        int i = 0;
        while (count < target) {
            switch (i++ % 4) {
                case 0 -> {
                    Device d = pick(allDevices);
                    if (d == last.gateway) d = last.controllers.get(0);
                    flow(d, last.gateway, Protocol.SYSLOG, EncryptionKind.NONE, AuthenticationKind.NONE, List.of(last.values), null, null)
                            .setName(d.getName() + " diagnostics");
                }
                case 1 -> countermeasure("Anomaly detection " + i, CountermeasureKind.ANOMALY_DETECTION, CountermeasureStatus.PROPOSED,
                        List.of(pick(allDevices)), FoundationalRequirement.TRE);
                case 2 -> data("Maintenance report " + i, Classification.INTERNAL, Level.LOW, Level.MEDIUM, Level.LOW, operator, "DE");
                default -> key("Service API key " + i, KeyType.API_SECRET, "HMAC-SHA256", 256, operator, pick(keyStores), 180).setUsedInTransit(true);
            }
        }
    }

    // ================================================================================================ devices

    private enum DeviceRole { CONTROLLER, GATEWAY, FIELD }

    private void deviceCommon(Device d, DeviceRole role, Vendor vendor) {
        d.setOwner(owner);
        d.setOperator(operator);
        d.setVendor(vendor.party.getName());
        d.setProduct(d.eClass().getName() + " " + (100 + rnd.nextInt(900)));
        d.setSoftwareVersion((1 + rnd.nextInt(5)) + "." + rnd.nextInt(10) + "." + rnd.nextInt(20));
        boolean strong = rnd.nextInt(10) < (role == DeviceRole.FIELD ? 3 : 6);
        if (strong) {
            add(d.getAuthMethods(), List.of(rnd.nextBoolean() ? DeviceAuthMethod.CERTIFICATE : DeviceAuthMethod.TPM_ATTESTATION));
            d.setCredentialStore(rnd.nextBoolean() ? CredentialStore.SECURE_ELEMENT : CredentialStore.TPM);
        } else if (rnd.nextInt(3) == 0) {
            add(d.getAuthMethods(), List.of(DeviceAuthMethod.DEFAULT_PASSWORD));
            d.setDefaultCredentials(true);
            d.setCredentialStore(CredentialStore.PLAIN_FLASH);
        } else {
            add(d.getAuthMethods(), List.of(rnd.nextBoolean() ? DeviceAuthMethod.UNIQUE_PASSWORD : DeviceAuthMethod.SHARED_SECRET));
            d.setCredentialStore(CredentialStore.FILESYSTEM);
        }
        d.setExposesNetworkServices(role != DeviceRole.FIELD || rnd.nextInt(3) == 0);
        d.setUnauthenticatedServices(rnd.nextInt(6) == 0);
        d.setWebInterface(role == DeviceRole.GATEWAY || rnd.nextInt(4) == 0);
        d.setUserAccounts(role != DeviceRole.FIELD);
        d.setCustomPrograms(role == DeviceRole.CONTROLLER || (role == DeviceRole.GATEWAY && rnd.nextBoolean()));
        d.setUpdateSupported(role != DeviceRole.FIELD || rnd.nextInt(3) != 0);
        d.setRemoteUpdate(d.isUpdateSupported() && role != DeviceRole.FIELD && rnd.nextInt(4) != 0);
        d.setUserVersionSelection(rnd.nextInt(5) == 0);
        d.setLogsSecurityEvents(role != DeviceRole.FIELD && rnd.nextBoolean());
        d.setMessageAuthentication(strong || rnd.nextInt(4) == 0);
        d.setMessageEncryption(strong && rnd.nextBoolean());
        d.setRoutesMessages(role == DeviceRole.GATEWAY);
        d.setPeripheralInterfaces(rnd.nextInt(3) == 0);
        if (role != DeviceRole.FIELD && rnd.nextInt(10) < 6) d.setSlCapability(sl(1, 3));
        if (rnd.nextInt(4) == 0) add(d.getPhysicalExposure(), List.of(pick(PhysicalExposure.VALUES)));
        if (rnd.nextInt(8) == 0) add(d.getTags(), List.of("legacy"));
        if (rnd.nextInt(20) == 0) {
            d.setSourceId("import:" + d.getId());
            Property p = F.createProperty();
            p.setKey("asset-tag");
            p.setValue("AT-" + (10000 + rnd.nextInt(90000)));
            addTo(d.getProperties(), p);
        }
        allDevices.add(d);
    }

    /**
     * Device &gt; Pcb &gt; [IcPackage &gt;] Chip &gt; (IpCore, DebugPort, Puf, RootOfTrust, Tee); Pcb &gt; secure element,
     * UART header; Device &gt; FirmwareImage, OperatingSystem.
     */
    private Hardware hardware(Device d, DeviceRole role, String label, Vendor vendor, List<IpVendor> coreVendors) {
        Hardware hw = new Hardware();
        hw.device = d;
        boolean big = role != DeviceRole.FIELD;
        Pcb pcb = part(d, hw(F.createPcb(), "pcb", label + " board"));
        pcb.setLayers(big ? 6 + 2 * rnd.nextInt(4) : 2 + 2 * rnd.nextInt(2));
        pcb.setTestPointsExposed(rnd.nextInt(10) < 3);
        hw.pcb = pcb;
        Component chipParent = pcb;
        if (big && rnd.nextBoolean()) {
            IcPackage pkg = part(pcb, hw(F.createIcPackage(), "pkg", label + " SoC package"));
            pkg.setKind(pick(new PackageKind[] {PackageKind.BGA, PackageKind.BGA, PackageKind.QFN, PackageKind.SIP}));
            hw.pkg = pkg;
            chipParent = pkg;
        }
        Chip chip = part(chipParent, hw(F.createChip(), "chip", label + (big ? " SoC" : " MCU")));
        chip.setKind(big ? ChipKind.SOC : ChipKind.MCU);
        chip.setProcessNode(pick(big ? new String[] {"28nm", "16nm", "12nm", "7nm"} : new String[] {"90nm", "55nm", "40nm", "28nm"}));
        chip.setIdentity(pick(IdentityKind.VALUES));
        chip.setTamperResistant(rnd.nextInt(5) == 0);
        hw.chips.add(chip);
        int cores = big ? 2 + rnd.nextInt(2) : 1 + rnd.nextInt(2);
        String[] functions = {"CPU core", "Crypto engine", "Ethernet MAC", "TRNG", "USB controller", "DMA engine", "PCIe controller"};
        for (int i = 0; i < cores; i++) {
            String function = i == 0 ? "CPU core" : functions[1 + rnd.nextInt(functions.length - 1)];
            IpCore ip = part(chip, hw(F.createIpCore(), "ip", label + " " + function));
            ip.setKind(pick(IpKind.VALUES));
            ip.setIpVendor(coreVendors.get(rnd.nextInt(coreVendors.size())));
            ip.setFunction(function);
            ip.setSecurityRelevant(function.equals("Crypto engine") || function.equals("TRNG"));
            hw.ipCores.add(ip);
        }
        DebugPort dbg = part(chip, hw(F.createDebugPort(), "dbg", label + (big ? " JTAG" : " SWD")));
        dbg.setKind(big ? DebugPortKind.JTAG : DebugPortKind.SWD);
        int st = rnd.nextInt(20);
        dbg.setState(st < 5 ? DebugPortState.OPEN : st < 8 ? DebugPortState.PASSWORD_LOCKED : st < 12 ? DebugPortState.CRYPTO_AUTHENTICATED
                : st < 19 ? DebugPortState.FUSED_DISABLED : DebugPortState.PHYSICALLY_REMOVED);
        hw.debugPorts.add(dbg);
        if (rnd.nextInt(10) < 4) {
            Puf puf = part(chip, hw(F.createPuf(), "puf", label + " PUF"));
            puf.setKind(pick(new PufKind[] {PufKind.SRAM, PufKind.SRAM, PufKind.RING_OSCILLATOR, PufKind.ARBITER}));
            puf.setUsedForIdentity(true);
            puf.setUsedForKeyGeneration(rnd.nextBoolean());
            chip.setIdentity(IdentityKind.PUF_BASED);
            hw.puf = puf;
        }
        if (big || rnd.nextBoolean()) {
            RootOfTrust rot = part(chip, el(F.createRootOfTrust(), "rot", label + " root of trust"));
            rot.setKind(pick(RootOfTrustKind.VALUES));
            rot.setImmutable(rot.getKind() != RootOfTrustKind.SOFTWARE);
            rot.setPhysicallyAccessible(rnd.nextInt(4) == 0);
            d.setRootOfTrust(rot);
            keyStores.add(rot);
            hw.rot = rot;
        }
        if (role == DeviceRole.GATEWAY && rnd.nextBoolean()) {
            Tee tee = part(chip, el(F.createTee(), "tee", label + " TEE"));
            tee.setTechnology(pick(new TeeTechnology[] {TeeTechnology.ARM_TRUSTZONE, TeeTechnology.ARM_TRUSTZONE, TeeTechnology.RISCV_KEYSTONE}));
            tee.setAttested(rnd.nextBoolean());
            hw.secure = tee;
            keyStores.add(tee);
            if (currentSite != null) currentSite.secureHardware.add(tee);
        }
        if (big && rnd.nextBoolean()) {
            Chip se = part(pcb, hw(F.createChip(), "chip", label + (role == DeviceRole.GATEWAY ? " TPM" : " secure element")));
            se.setKind(role == DeviceRole.GATEWAY ? ChipKind.TPM : ChipKind.SECURE_ELEMENT);
            se.setTamperResistant(true);
            se.setIdentity(IdentityKind.CRYPTOGRAPHIC);
            hw.chips.add(se);
            hw.secure = se;
            keyStores.add(se);
            if (currentSite != null) currentSite.secureHardware.add(se);
        }
        if (pcb.isTestPointsExposed()) {
            DebugPort uart = part(pcb, hw(F.createDebugPort(), "dbg", label + " UART header"));
            uart.setKind(DebugPortKind.UART);
            uart.setState(rnd.nextBoolean() ? DebugPortState.OPEN : DebugPortState.PASSWORD_LOCKED);
            hw.debugPorts.add(uart);
        }
        FirmwareImage fw = part(d, el(F.createFirmwareImage(), "fw", label + " firmware"));
        fw.setVersion(d.getSoftwareVersion());
        fw.setSigned(rnd.nextInt(10) < 8);
        if (fw.isSigned()) fw.setSigningKey(vendor.signingKey);
        fw.setEncrypted(rnd.nextInt(3) == 0);
        fw.setIntegrityChecked(fw.isSigned() || rnd.nextBoolean());
        fw.setSharedIntegrityKey(!fw.isSigned() && rnd.nextBoolean());
        fw.setSbomAvailable(rnd.nextInt(3) != 0);
        fw.setRollbackProtected(rnd.nextBoolean());
        hw.firmware = fw;
        if (big || rnd.nextInt(10) < 6) {
            hw.os = os(d, role == DeviceRole.GATEWAY ? OsKind.EMBEDDED_LINUX : rnd.nextInt(4) == 0 ? OsKind.BARE_METAL : OsKind.RTOS, label + " OS");
            d.setOs(hw.os);
        }
        d.setSecureBoot(d.getRootOfTrust() != null && rnd.nextInt(10) < 7);
        return hw;
    }

    private CryptoKey identityKey(Device d, Hardware hw) {
        CryptoKey k = key(d.getName() + " identity key", KeyType.DEVICE_IDENTITY_KEY, "ECDSA P-256", 256, owner, hw.keyStore(d), 0);
        k.setUsedInTransit(true);
        return k;
    }

    private void addOta(OtaUpdateService ota, Device d) {
        if (!d.isRemoteUpdate()) return;
        addTo(ota.getTargets(), d);
        for (Component c : d.getParts()) if (c instanceof FirmwareImage fw) addTo(ota.getImages(), fw);
    }

    // ================================================================================================ element helpers

    /** Registers a new element: fresh id, name, counted. */
    private <T extends ModelElement> T el(T e, String prefix, String name) {
        int[] n = sequences.computeIfAbsent(prefix, p -> new int[1]);
        e.setId(prefix + "-" + (++n[0]));
        e.setName(name);
        count++;
        return e;
    }

    private <T extends HardwareComponent> T hw(T e, String prefix, String name) {
        el(e, prefix, name);
        e.setPartNumber(prefix.toUpperCase(Locale.ROOT) + "-" + (1000 + rnd.nextInt(9000)));
        if (rnd.nextBoolean()) e.setLotCode("L" + (2300 + rnd.nextInt(300)));
        return e;
    }

    private <T extends Component> T top(T c, Zone zone) {
        c.setZone(zone);
        addTo(model.getComponents(), c);
        return c;
    }

    private <T extends Component> T part(Component parent, T c) {
        addTo(parent.getParts(), c);
        return c;
    }

    /** A nested part that is a flow endpoint: it carries its zone, as in the examples. */
    private <T extends Component> T endpoint(Component parent, T c, Zone zone) {
        c.setZone(zone);
        return part(parent, c);
    }

    private <T extends Party> T party(T p, String name, String country, boolean trusted) {
        el(p, "org", name);
        p.setCountry(country);
        p.setTrusted(trusted);
        addTo(model.getParties(), p);
        return p;
    }

    private void certifications(Supplier s, String... certs) {
        for (String c : certs) if (rnd.nextInt(3) != 0) addTo(s.getCertifications(), c);
    }

    private Zone zone(String name, PolicyDomain domain, Party controller, Party operatedBy, String jurisdiction,
                      Classification clearance, int slLow, int slHigh, Zone parent) {
        Zone z = el(F.createZone(), "z", name);
        z.setDomain(domain);
        z.setControlledBy(controller);
        if (operatedBy != null && operatedBy != controller) z.setOperator(operatedBy);
        z.setJurisdiction(jurisdiction);
        z.setClearance(clearance);
        z.setSlTarget(sl(slLow, slHigh));
        z.setParent(parent);
        addTo(model.getZones(), z);
        if (currentSite != null) currentSite.zones.add(z);
        return z;
    }

    private Conduit conduit(String name, Zone... zones) {
        Conduit c = el(F.createConduit(), "c", name);
        add(c.getZones(), List.of(zones));
        c.setSlTarget(sl(1, 3));
        addTo(model.getConduits(), c);
        return c;
    }

    private Conduit conduitBetween(Zone a, Zone b) {
        for (Conduit c : model.getConduits()) if (c.getZones().contains(a) && c.getZones().contains(b)) return c;
        throw new IllegalStateException("no conduit between " + a.getName() + " and " + b.getName());
    }

    private SecurityLevelVector sl(int low, int high) {
        SecurityLevelVector v = F.createSecurityLevelVector();
        v.setIac(low + rnd.nextInt(high - low + 1));
        v.setUc(low + rnd.nextInt(high - low + 1));
        v.setSi(low + rnd.nextInt(high - low + 1));
        v.setDc(low + rnd.nextInt(high - low + 1));
        v.setRdf(low + rnd.nextInt(high - low + 1));
        v.setTre(low + rnd.nextInt(high - low + 1));
        v.setRa(low + rnd.nextInt(high - low + 1));
        return v;
    }

    private Actor actor(String name, String role, Party org, boolean privileged, boolean external, Zone zone) {
        Actor a = el(F.createActor(), "act", name);
        a.setRole(role);
        a.setOrganization(org);
        a.setPrivileged(privileged);
        a.setExternal(external);
        a.setZone(zone);
        addTo(model.getActors(), a);
        return a;
    }

    private AttackerProfile attacker(String name, AttackerCapability capability, Resources resources, String motivation, AttackerAccess... access) {
        AttackerProfile a = el(F.createAttackerProfile(), "atk", name);
        a.setRole("attacker");
        a.setExternal(true);
        a.setCapability(capability);
        a.setResources(resources);
        a.setMotivation(motivation);
        add(a.getAccess(), List.of(access));
        a.setZone(internetZone);
        addTo(model.getActors(), a);
        return a;
    }

    private Application app(Component host, String name, ApplicationKind kind, boolean untrustedInput, String language, Zone zone) {
        Application a = endpoint(host, el(F.createApplication(), "app", name), zone);
        a.setKind(kind);
        a.setHandlesUntrustedInput(untrustedInput);
        a.setAuthenticatesUsers(untrustedInput && kind != ApplicationKind.MESSAGE_PROCESSOR);
        addTo(a.getLanguages(), language);
        a.setMemoryUnsafeLanguage(language.equals("C++") || language.equals("C"));
        a.setSoftwareVersion((1 + rnd.nextInt(9)) + "." + rnd.nextInt(30));
        return a;
    }

    private OperatingSystem os(Component host, OsKind kind, String name) {
        OperatingSystem os = part(host, el(F.createOperatingSystem(), "os", name));
        os.setKind(kind);
        boolean rich = kind == OsKind.EMBEDDED_LINUX || kind == OsKind.GENERAL_PURPOSE || kind == OsKind.HYPERVISOR;
        os.setLoadableModules(rich);
        os.setMemoryProtection(rich || rnd.nextBoolean());
        os.setSeparatesProcesses(rich);
        if (rnd.nextInt(5) == 0) os.setEndOfSupport("2027-12");
        return os;
    }

    private DataAsset data(String name, Classification classification, Level c, Level i, Level a, Party owner, String jurisdiction) {
        DataAsset d = el(F.createDataAsset(), "d", name);
        d.setClassification(classification);
        d.setConfidentiality(c);
        d.setIntegrity(i);
        d.setAvailability(a);
        d.setOwner(owner);
        d.setJurisdiction(jurisdiction);
        addTo(model.getDataAssets(), d);
        return d;
    }

    private CryptoKey key(String name, KeyType type, String algorithm, int bits, Party custodian, Component storedIn, int rotationDays) {
        CryptoKey k = el(F.createCryptoKey(), "k", name);
        k.setKeyType(type);
        k.setAlgorithm(algorithm);
        k.setLengthBits(bits);
        k.setCustodian(custodian);
        k.setStoredIn(storedIn);
        k.setRotationDays(rotationDays);
        k.setExportable(type == KeyType.API_SECRET || rnd.nextInt(20) == 0);
        addTo(model.getKeys(), k);
        return k;
    }

    private NetworkPath path(String name, PathMedium medium, List<? extends Component> hops, Party provider, String... jurisdictions) {
        NetworkPath p = el(F.createNetworkPath(), "np", name);
        p.setMedium(medium);
        add(p.getHops(), hops);
        p.setProvider(provider);
        p.setEncryptedEveryHop(medium == PathMedium.MPLS || medium == PathMedium.LEASED_LINE ? rnd.nextBoolean() : rnd.nextInt(4) == 0);
        for (String j : jurisdictions) if (!p.getJurisdictions().contains(j)) addTo(p.getJurisdictions(), j);
        p.setRouteMonitored(rnd.nextInt(3) == 0);
        addTo(model.getNetworkPaths(), p);
        return p;
    }

    private RouteRequirement routeRequirement(int independentPaths, boolean detectChanges, String... jurisdictions) {
        RouteRequirement req = F.createRouteRequirement();
        req.setEncryptedEveryHop(true);
        req.setMinIndependentPaths(independentPaths);
        req.setRouteChangeDetection(detectChanges);
        for (String j : jurisdictions) if (j != null && !req.getAllowedJurisdictions().contains(j)) addTo(req.getAllowedJurisdictions(), j);
        return req;
    }

    private DataFlow flow(Node source, Node target, Protocol protocol, EncryptionKind encryption, AuthenticationKind auth,
                          List<DataAsset> data, List<NetworkPath> paths, Conduit conduit) {
        DataFlow f = el(F.createDataFlow(), "f", source.getName() + " to " + target.getName());
        f.setSource(source);
        f.setTarget(target);
        f.setProtocol(protocol);
        f.setEncryption(encryption);
        f.setAuthentication(auth);
        f.setIntegrityProtected(encryption != EncryptionKind.NONE || auth == AuthenticationKind.MESSAGE_MAC);
        add(f.getData(), data);
        if (paths != null) add(f.getPaths(), paths);
        f.setConduit(conduit);
        addTo(model.getFlows(), f);
        return f;
    }

    /** Records the flow in the audit trail (an audited flow must be in the trail's {@code covers}). */
    private static DataFlow audited(DataFlow f, AuditTrail audit) {
        f.setAuditedBy(audit);
        addTo(audit.getCovers(), f);
        return f;
    }

    private List<NetworkPath> uplinkPaths(Site site) {
        return site.backup == null ? List.of(site.uplink) : List.of(site.uplink, site.backup);
    }

    private static List<NetworkPath> fieldPaths(Cell cell) {
        return cell.fieldPath == null ? null : List.of(cell.fieldPath);
    }

    private static EncryptionKind encryptionFor(Protocol p) {
        return switch (p) {
            case DDS_SECURE, OPC_UA -> EncryptionKind.APPLICATION_LAYER;
            case MQTTS, HTTPS -> EncryptionKind.TLS;
            default -> EncryptionKind.NONE;
        };
    }

    private static AuthenticationKind authFor(Protocol p) {
        return switch (p) {
            case DDS_SECURE, OPC_UA -> AuthenticationKind.CERTIFICATE;
            case CAN -> AuthenticationKind.MESSAGE_MAC;
            default -> AuthenticationKind.NONE;
        };
    }

    private Countermeasure countermeasure(String name, CountermeasureKind kind, CountermeasureStatus status,
                                          List<? extends ModelElement> protects, FoundationalRequirement... requirements) {
        Countermeasure c = el(F.createCountermeasure(), "cm", name);
        c.setKind(kind);
        c.setStatus(status);
        c.setSlCapability(1 + rnd.nextInt(4));
        add(c.getRequirements(), List.of(requirements));
        add(c.getProtects(), protects);
        c.setCost(1 + rnd.nextInt(5));
        String d3fend = D3FEND.get(kind);
        if (d3fend != null) c.setD3fendId(d3fend);
        addTo(model.getCountermeasures(), c);
        return c;
    }

    private static final Map<CountermeasureKind, String> D3FEND = Map.of(
            CountermeasureKind.MULTI_FACTOR_AUTHENTICATION, "D3-MFA",
            CountermeasureKind.FIREWALL, "D3-ITF",
            CountermeasureKind.NETWORK_SEGMENTATION, "D3-NI",
            CountermeasureKind.SECURE_BOOT, "D3-BA",
            CountermeasureKind.CODE_SIGNING, "D3-EAL",
            CountermeasureKind.PATCH_MANAGEMENT, "D3-SU",
            CountermeasureKind.INTRUSION_DETECTION, "D3-NTA",
            CountermeasureKind.ANOMALY_DETECTION, "D3-PM");

    private CountermeasureStatus randomStatus() {
        return CountermeasureStatus.VALUES.get(rnd.nextInt(4));
    }

    private Supply supply(String name, Supplier supplier, LifecyclePhase phase, List<? extends Component> parts, VerificationMethod... methods) {
        if (parts.isEmpty()) return null;
        Supply s = el(F.createSupply(), "sp", name);
        s.setSupplier(supplier);
        s.setPhase(phase);
        add(s.getParts(), parts);
        for (VerificationMethod m : methods) verification(s, m);
        addTo(model.getSupplies(), s);
        return s;
    }

    private void verification(Supply s, VerificationMethod method) {
        Verification v = F.createVerification();
        v.setMethod(method);
        int r = rnd.nextInt(20);
        v.setResult(r < 15 ? VerificationResult.PASSED : r < 17 ? VerificationResult.PENDING : r < 19 ? VerificationResult.NOT_PERFORMED
                : VerificationResult.FAILED);
        if (v.getResult() == VerificationResult.PASSED || v.getResult() == VerificationResult.FAILED) {
            v.setDate("2025-" + (10 + rnd.nextInt(3)) + "-" + (10 + rnd.nextInt(19)));
            v.setEvidence("evidence/" + s.getId() + "-" + method.getName().toLowerCase(Locale.ROOT));
        }
        v.setPerformedBy(rnd.nextBoolean() ? "Incoming inspection" : "Third-party lab");
        addTo(s.getVerifications(), v);
    }

    private void assumption(String statement, AssumptionStatus status, ModelElement... about) {
        Assumption a = el(F.createAssumption(), "as", statement.length() > 40 ? statement.substring(0, 40) : statement);
        a.setStatement(statement);
        a.setStatus(status);
        add(a.getAbout(), List.of(about));
        addTo(model.getAssumptions(), a);
    }

    private void threat(String name, ModelElement target, Stride stride, Level likelihood, Level impact, Level risk, ThreatStatus status,
                        Countermeasure mitigatedBy, String reference) {
        Threat t = el(F.createThreat(), "thr", name);
        t.setTarget(target);
        t.setStride(stride);
        t.setLikelihood(likelihood);
        t.setImpact(impact);
        t.setRisk(risk);
        t.setStatus(status);
        t.setOrigin(ThreatOrigin.MANUAL);
        if (status == ThreatStatus.ACCEPTED) t.setJustification("Residual risk accepted by the product security board");
        if (mitigatedBy != null) addTo(t.getMitigatedBy(), mitigatedBy);
        addTo(t.getReferences(), reference);
        addTo(model.getThreats(), t);
    }

    // ================================================================================================ plumbing

    /** Adds without EMF's O(n) uniqueness scan (every generated value is new to the list). */
    @SuppressWarnings("unchecked")
    private static <T> void addTo(EList<T> list, T value) {
        ((InternalEList<T>) list).addUnique(value);
    }

    @SuppressWarnings("unchecked")
    private static <T> void add(EList<T> list, Collection<? extends T> values) {
        ((InternalEList<T>) list).addAllUnique((Collection<T>) values);
    }

    private <T> T pick(T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(rnd.nextInt(values.size()));
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static final class Vendor {
        Supplier party;
        ExternalSystem signing;
        CryptoKey signingKey;
    }

    private static final class Region {
        Organization provider;
        Zone zone;
        PublicCloudService service;
        KeyManagementService kms;
        Hsm hsm;
        Broker broker;
        OtaUpdateService ota;
        IdentityProvider idp;
        NetworkNode apiGateway;
        Application api;
        Application analytics;
        Application portal;
        Storage telemetryStore;
        Storage customerDb;
        AuditTrail audit;
        CryptoKey tlsKey;
        DataAsset fleetData;
    }

    private static final class PrivateDc {
        Zone zone;
        Zone vault;
        PrivateCloud cloud;
        Hsm hsm;
        KeyManagementService kms;
        Application ci;
        Application erp;
        Storage archive;
        CryptoKey issuingKey;
        CryptoKey otaSigningKey;
        DataAsset firmwareData;
        DataAsset planData;
    }

    private static final class Site {
        String name;
        String country;
        Region region;
        final List<Zone> zones = new ArrayList<>();
        Zone onprem;
        Zone edge;
        Conduit cloudConduit;
        Conduit dmzConduit;
        Application scada;
        Application mes;
        Storage historian;
        Workstation hmi;
        Workstation ews;
        Broker broker;
        DataAsset telemetry;
        DataAsset setpoints;
        DataAsset recipes;
        CryptoKey tlsKey;
        NetworkPath uplink;
        NetworkPath backup;
        final List<Gateway> gateways = new ArrayList<>();
        final List<CryptoKey> gatewayKeys = new ArrayList<>();
        final List<Cell> cells = new ArrayList<>();
        final List<Component> secureHardware = new ArrayList<>();
    }

    private static final class Cell {
        Site site;
        String name;
        Zone zone;
        Conduit conduit;
        Gateway gateway;
        Vendor vendor;
        List<IpVendor> ipVendors;
        Supplier chipVendor;
        Protocol fieldProtocol;
        NetworkPath fieldPath;
        DataAsset values;
        CryptoKey psk;
        Supply supply;
        final List<Controller> controllers = new ArrayList<>();
        final List<Sensor> sensors = new ArrayList<>();
        final List<Actuator> actuators = new ArrayList<>();
        final List<Device> other = new ArrayList<>();
        final List<DataAsset> programs = new ArrayList<>();
        final List<DataFlow> conduitFlows = new ArrayList<>();
        final List<Hardware> hardware = new ArrayList<>();
    }

    /** What {@link #hardware} built for one device. */
    private static final class Hardware {
        Device device;
        Pcb pcb;
        IcPackage pkg;
        Puf puf;
        RootOfTrust rot;
        Component secure;
        FirmwareImage firmware;
        OperatingSystem os;
        final List<Chip> chips = new ArrayList<>();
        final List<IpCore> ipCores = new ArrayList<>();
        final List<DebugPort> debugPorts = new ArrayList<>();

        /** Where a device key lives: secure element / TPM / TEE, else root of trust, else the device. */
        Component keyStore(Device d) {
            return secure != null ? secure : rot != null ? rot : d;
        }
    }
}
