package org.threatloom.catalog.derive;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threatloom.catalog.rules.RuleLoader;
import org.threatloom.metamodel.io.ModelStore;

/**
 * Golden files pin the threats of the example models: one line per threat, {@code RISK STATUS id}. A rule or
 * model change that alters them shows up as a readable diff. Regenerate deliberately with
 * {@code mvn -pl threat-catalog test -Dtest=ExampleGoldenFilesTest -Dthreatloom.updateGolden=true} and review the diff.
 */
class ExampleGoldenFilesTest {
    static final Path EXAMPLES = Path.of(System.getProperty("threatloom.examples", "../examples"));
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @ParameterizedTest
    @ValueSource(strings = {"smart-factory", "hybrid-cloud-keys", "iot-device-supply-chain"})
    void theThreatsOfEachExampleMatchItsGoldenFile(String example) throws Exception {
        Analysis a = new DerivationEngine(RuleLoader.loadDefault()).derive(ModelStore.load(EXAMPLES.resolve(example + ".tlm")));
        StringBuilder sb = new StringBuilder();
        for (ThreatFinding t : a.threats()) {
            sb.append(t.risk().getLiteral()).append(' ').append(t.status().getLiteral()).append(' ').append(t.id()).append('\n');
        }
        Path golden = GOLDEN.resolve(example + ".txt");
        if (Boolean.getBoolean("threatloom.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, sb.toString());
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + "; create it with -Dthreatloom.updateGolden=true");
        String expected = Files.readString(golden);
        if (!expected.equals(sb.toString())) {
            java.util.Set<String> want = new java.util.LinkedHashSet<>(expected.lines().toList());
            java.util.Set<String> got = new java.util.LinkedHashSet<>(sb.toString().lines().toList());
            StringBuilder diff = new StringBuilder();
            want.stream().filter(l -> !got.contains(l)).limit(20).forEach(l -> diff.append("- ").append(l).append('\n'));
            got.stream().filter(l -> !want.contains(l)).limit(20).forEach(l -> diff.append("+ ").append(l).append('\n'));
            fail(example + " threats differ from " + golden + " (order or content):\n" + diff);
        }
    }

    static Stream<String> examples() {
        return Stream.of("smart-factory", "hybrid-cloud-keys", "iot-device-supply-chain");
    }
}
