package org.threatloom.metamodel.io;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threatloom.metamodel.query.ModelSummary;
import org.threatloom.metamodel.validation.ModelValidator;
import org.threatloom.metamodel.validation.ValidationReport;
import org.threatloom.model.SystemModel;

class ExamplesRoundTripTest {
    static final Path EXAMPLES = Path.of("..", "examples");
    @TempDir Path dir;

    static Stream<Path> examples() throws Exception {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".tlm")).sorted().toList().stream();
        }
    }

    @Test
    void theThreeNamedExamplesExistAndAreBundled() throws Exception {
        List<String> names = examples().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("smart-factory.tlm", "hybrid-cloud-keys.tlm", "iot-device-supply-chain.tlm")), names.toString());
        for (String name : Examples.NAMES) assertNotNull(Examples.load(name));
    }

    @Test
    void theSmartFactorySpansAllFourDomainsWithAtLeastSixtyElements() throws Exception {
        ModelSummary s = ModelSummary.of(ModelStore.load(EXAMPLES.resolve("smart-factory.tlm")));
        assertTrue(s.elements() >= 60, "elements: " + s.elements());
        for (String type : List.of("PublicCloudService", "PrivateCloud", "Hsm", "Broker", "OtaUpdateService", "Chip", "IpCore",
                "IpVendor", "Foundry", "Supply", "NetworkPath", "Zone", "Conduit", "CryptoKey", "DataAsset")) {
            assertTrue(s.countsByType().containsKey(type), "smart-factory has no " + type);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsValid(Path example) throws Exception {
        ValidationReport report = ModelValidator.validate(ModelStore.load(example));
        assertTrue(report.valid(), () -> example + ": " + report.errors());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleSurvivesLoadSaveLoadUnchanged(Path example) throws Exception {
        SystemModel first = ModelStore.load(example);
        Path copy = dir.resolve(example.getFileName());
        ModelStore.save(first, copy, 0);
        SystemModel second = ModelStore.load(copy);
        assertTrue(EcoreUtil.equals(first, second), example + " changed in the round trip");
        Path again = dir.resolve("again-" + example.getFileName());
        ModelStore.save(second, again, 0);
        assertArrayEquals(Files.readAllBytes(copy), Files.readAllBytes(again), "saving is not byte-stable");
    }
}
