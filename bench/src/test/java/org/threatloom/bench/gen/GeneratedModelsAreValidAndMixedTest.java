package org.threatloom.bench.gen;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threatloom.metamodel.validation.ModelValidator;
import org.threatloom.metamodel.validation.ValidationReport;
import org.threatloom.model.*;

class GeneratedModelsAreValidAndMixedTest {

    static final List<String> MAJOR_TYPES = List.of("Zone", "Conduit", "TrustBoundary", "Actor", "AttackerProfile",
            "Organization", "Supplier", "IpVendor", "Foundry", "Osat", "Distributor", "Integrator",
            "PublicCloudService", "PrivateCloud", "OnPremSystem", "Compute", "Storage", "Application",
            "KeyManagementService", "Hsm", "Broker", "OtaUpdateService", "Gateway", "Controller", "Sensor", "Actuator",
            "Pcb", "IcPackage", "Chip", "IpCore", "DebugPort", "Puf", "RootOfTrust", "Tee", "FirmwareImage", "OperatingSystem",
            "ExternalSystem", "Supply", "Countermeasure", "CryptoKey", "DataAsset", "DataFlow", "NetworkPath", "Threat");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {42, 1, 2025})
    void aGeneratedModelHasNoValidationErrorsOrWarnings(long seed) {
        ValidationReport report = ModelValidator.validate(ModelGenerator.generate(2_000, seed));
        assertTrue(report.valid(), () -> report.errors().toString());
        assertEquals(List.of(), report.warnings(), "generated models should not even warn");
    }

    @Test
    void everyMajorTypeFamilyIsPresent() {
        Map<String, Integer> byType = ModelGenerator.countByType(ModelGenerator.generate(2_000, 42));
        for (String type : MAJOR_TYPES) {
            assertTrue(byType.getOrDefault(type, 0) > 0, type + " missing from " + byType);
        }
    }

    @Test
    void theMixLooksLikeARealSystem() {
        SystemModel m = ModelGenerator.generate(20_000, 42);
        Map<String, Integer> byType = ModelGenerator.countByType(m);
        int n = ModelGenerator.countElements(m);
        int devices = byType.get("Controller") + byType.get("Sensor") + byType.get("Actuator") + byType.get("Gateway")
                + byType.getOrDefault("Device", 0);
        assertEquals(devices, byType.get("Pcb"), "every device has one board");
        // the hand-written examples have 9-15 % flows, 8-10 % countermeasures, 5-13 % supplies, 5-8 % keys and data
        assertBetween(byType.get("DataFlow"), n * 0.10, n * 0.18, "flows");
        assertBetween(byType.get("Countermeasure"), n * 0.05, n * 0.12, "countermeasures");
        assertBetween(byType.get("Supply"), n * 0.04, n * 0.12, "supplies");
        assertBetween(byType.get("CryptoKey") + byType.get("DataAsset"), n * 0.04, n * 0.12, "keys and data assets");
        assertTrue(byType.get("Sensor") > byType.get("Controller"), "more sensors than controllers");

        boolean unauthorizedDistributor = false;
        boolean someEncryptedFlow = false;
        boolean someCleartextFlow = false;
        boolean flowWithKeys = false;
        boolean flowWithPathAndRequirement = false;
        for (Party p : m.getParties()) if (p instanceof Distributor d && !d.isAuthorized()) unauthorizedDistributor = true;
        for (DataFlow f : m.getFlows()) {
            someEncryptedFlow |= f.getEncryption() != EncryptionKind.NONE;
            someCleartextFlow |= f.getEncryption() == EncryptionKind.NONE;
            flowWithKeys |= !f.getKeys().isEmpty();
            flowWithPathAndRequirement |= !f.getPaths().isEmpty() && f.getRouteRequirement() != null;
        }
        assertTrue(unauthorizedDistributor && someEncryptedFlow && someCleartextFlow && flowWithKeys && flowWithPathAndRequirement);
        assertTrue(m.getZones().stream().map(Zone::getDomain).distinct().count() >= 5, "zones across policy domains");
        assertTrue(m.getKeys().stream().allMatch(k -> k.getCustodian() != null && k.getStoredIn() != null));
        assertTrue(m.getCountermeasures().stream().map(Countermeasure::getStatus).distinct().count() == 4, "mixed status");
        assertTrue(m.getSupplies().stream().allMatch(s -> !s.getVerifications().isEmpty()), "supplies are verified");
        assertTrue(m.getSupplies().stream().map(Supply::getPhase).distinct().count() >= 6, "supplies across the lifecycle");

        for (TreeIterator<EObject> it = m.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Device d) {
                assertTrue(d.getParts().stream().anyMatch(p -> p instanceof Pcb pcb && hasChipWithIpCore(pcb)),
                        d.getId() + " has no Pcb > [IcPackage >] Chip > IpCore");
                assertTrue(d.getParts().stream().anyMatch(FirmwareImage.class::isInstance), d.getId() + " has no firmware");
                it.prune();
            }
        }
    }

    private static boolean hasChipWithIpCore(Component c) {
        for (Component p : c.getParts()) {
            if (p instanceof Chip chip && chip.getParts().stream().anyMatch(IpCore.class::isInstance)) return true;
            if (p instanceof IcPackage && hasChipWithIpCore(p)) return true;
        }
        return false;
    }

    private static void assertBetween(int actual, double low, double high, String what) {
        assertTrue(actual >= low && actual <= high, what + ": " + actual + " not in [" + (int) low + ", " + (int) high + "]");
    }
}
