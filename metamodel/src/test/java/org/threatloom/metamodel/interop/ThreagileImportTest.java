package org.threatloom.metamodel.interop;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threatloom.model.Actor;
import org.threatloom.model.AuthenticationKind;
import org.threatloom.model.Broker;
import org.threatloom.model.Classification;
import org.threatloom.model.Compute;
import org.threatloom.model.DataAsset;
import org.threatloom.model.DataFlow;
import org.threatloom.model.Device;
import org.threatloom.model.EncryptionKind;
import org.threatloom.model.KeyManagementService;
import org.threatloom.model.PolicyDomain;
import org.threatloom.model.Protocol;
import org.threatloom.model.Storage;
import org.threatloom.model.Stride;
import org.threatloom.model.SystemModel;
import org.threatloom.model.Threat;
import org.threatloom.model.ThreatStatus;
import org.threatloom.model.Zone;

class ThreagileImportTest {

    static SystemModel webshop() throws Exception {
        return Importers.read(Samples.own("threagile/webshop.yaml"), null).model();
    }

    @Test
    void includedDataAssetsAndMergeKeysAreResolved() throws Exception {
        SystemModel m = webshop();
        assertEquals(5, m.getDataAssets().size());
        DataAsset orders = m.getDataAssets().stream().filter(d -> d.getId().equals("order-data")).findFirst().orElseThrow();
        assertEquals("Orders with the customer's address", orders.getDescription(), "own key wins over the merged one");
        assertEquals("Shop Legal", orders.getOwner().getName(), "merged from &customer-data");
        assertEquals(Classification.RESTRICTED, orders.getClassification(), "Threagile 'confidential' is its 4th rank");
        DataFlow payment = flow(m, "Payment API");
        assertEquals(Protocol.HTTPS, payment.getProtocol(), "from the <<: *internal-https anchor");
        assertEquals(AuthenticationKind.TOKEN, payment.getAuthentication());
    }

    @Test
    void assetsMapByTechnologyAndHumanClientsAreActors() throws Exception {
        SystemModel m = webshop();
        assertInstanceOf(Actor.class, SampleModelsImportTest.named(m, "Customer Browser"));
        assertInstanceOf(KeyManagementService.class, SampleModelsImportTest.named(m, "Vault"));
        Storage db = SampleModelsImportTest.storage(m, "Order Database");
        assertFalse(db.isEncryptedAtRest());
        assertEquals(2, db.getStores().size());
        SystemModel fleet = Importers.read(Samples.own("threagile/iot-fleet.yaml"), null).model();
        assertInstanceOf(Device.class, SampleModelsImportTest.named(fleet, "Vibration Sensor"), "technology iot-device");
        assertInstanceOf(Broker.class, SampleModelsImportTest.named(fleet, "Cloud Broker"), "technology message-queue");
        assertEquals(EncryptionKind.NONE, flow(fleet, "Firmware Download").getEncryption());
    }

    @Test
    void trustBoundariesBecomeNestedZonesAndSharedRuntimesHostTheirAssets() throws Exception {
        SystemModel m = webshop();
        Zone dmz = m.getZones().stream().filter(z -> z.getSourceId() != null && z.getSourceId().equals("dmz")).findFirst().orElseThrow();
        assertEquals("shop-network", dmz.getParent().getSourceId());
        assertEquals(PolicyDomain.PUBLIC_CLOUD, dmz.getDomain());
        Compute k8s = (Compute) SampleModelsImportTest.named(m, "Kubernetes Cluster");
        assertEquals(List.of("webshop-app", "vault"), k8s.getParts().stream().map(p -> p.getId()).toList());
        assertEquals("backend", k8s.getZone().getSourceId());
    }

    @Test
    void riskTrackingAndIndividualRisksBecomeThreatsWithTheirStatus() throws Exception {
        Importers.ImportResult r = Importers.read(Samples.own("threagile/webshop.yaml"), null);
        SystemModel m = r.model();
        Threat sqli = threat(m, "sql-nosql-injection@webshop-app@order-db@webshop-app>order-database-access");
        assertEquals(ThreatStatus.MITIGATED, sqli.getStatus());
        assertEquals(Stride.TAMPERING, sqli.getStride());
        assertEquals(List.of("CWE-89"), sqli.getReferences());
        assertEquals("webshop-app", sqli.getTarget().getId());
        assertEquals("Prepared statements everywhere", sqli.getJustification());
        Threat proxy = threat(m, "unencrypted-communication@reverse-proxy>forward-to-shop@reverse-proxy@webshop-app");
        assertEquals(ThreatStatus.ACCEPTED, proxy.getStatus());
        assertInstanceOf(DataFlow.class, proxy.getTarget(), "the link id names the flow");
        Threat coupon = threat(m, "coupon-abuse@webshop-app");
        assertEquals("Coupon race at Webshop Application", coupon.getName());
        assertEquals(List.of("CWE-362"), coupon.getReferences());
        assertEquals(ThreatStatus.OPEN, coupon.getStatus(), "in-progress is still open");
        assertTrue(r.report().unmapped().stream().anyMatch(u -> u.item().contains("missing-hardening@*")));
    }

    static DataFlow flow(SystemModel m, String name) {
        return m.getFlows().stream().filter(f -> name.equals(f.getName())).findFirst().orElseThrow();
    }

    static Threat threat(SystemModel m, String sourceId) {
        return m.getThreats().stream().filter(t -> sourceId.equals(t.getSourceId())).findFirst().orElseThrow();
    }
}
