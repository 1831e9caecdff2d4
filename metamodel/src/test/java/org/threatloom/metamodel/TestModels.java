package org.threatloom.metamodel;

import org.threatloom.model.*;

/** Small models built in code for tests. */
public final class TestModels {
    public static final ThreatloomFactory F = ThreatloomFactory.eINSTANCE;

    private TestModels() {}

    /** A valid little plant: one zone with SL-T, a PLC, a gateway, a flow, a key with a custodian. */
    public static SystemModel small() {
        SystemModel m = F.createSystemModel();
        m.setId("sys");
        m.setName("Small plant");
        Organization owner = F.createOrganization();
        owner.setId("org-owner");
        owner.setName("Owner GmbH");
        m.getParties().add(owner);
        Zone zone = F.createZone();
        zone.setId("z-cell");
        zone.setName("Cell");
        zone.setDomain(PolicyDomain.FIELD);
        zone.setSlTarget(sl(2));
        zone.setControlledBy(owner);
        m.getZones().add(zone);
        Controller plc = F.createController();
        plc.setId("plc-1");
        plc.setName("Press PLC");
        plc.setZone(zone);
        plc.getAuthMethods().add(DeviceAuthMethod.CERTIFICATE);
        Pcb board = F.createPcb();
        board.setId("plc-1-pcb");
        board.setName("Main board");
        Chip soc = F.createChip();
        soc.setId("plc-1-soc");
        soc.setKind(ChipKind.SOC);
        board.getParts().add(soc);
        plc.getParts().add(board);
        Gateway gw = F.createGateway();
        gw.setId("gw-1");
        gw.setName("Edge gateway");
        gw.setZone(zone);
        m.getComponents().add(plc);
        m.getComponents().add(gw);
        DataAsset telemetry = F.createDataAsset();
        telemetry.setId("d-telemetry");
        telemetry.setName("Telemetry");
        telemetry.setClassification(Classification.INTERNAL);
        telemetry.setOwner(owner);
        m.getDataAssets().add(telemetry);
        DataFlow flow = F.createDataFlow();
        flow.setId("f-1");
        flow.setName("Telemetry to gateway");
        flow.setSource(plc);
        flow.setTarget(gw);
        flow.setProtocol(Protocol.MQTTS);
        flow.getData().add(telemetry);
        m.getFlows().add(flow);
        CryptoKey key = F.createCryptoKey();
        key.setId("k-1");
        key.setName("Device key");
        key.setCustodian(owner);
        key.setStoredIn(soc);
        m.getKeys().add(key);
        return m;
    }

    public static SecurityLevelVector sl(int level) {
        SecurityLevelVector v = F.createSecurityLevelVector();
        v.setIac(level);
        v.setUc(level);
        v.setSi(level);
        v.setDc(level);
        v.setRdf(level);
        v.setTre(level);
        v.setRa(level);
        return v;
    }
}
