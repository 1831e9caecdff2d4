package org.threatloom.bench.gen;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threatloom.model.SystemModel;

class GeneratedModelsHaveTheRequestedSizeTest {

    @ParameterizedTest(name = "{0} elements, seed {1}")
    @CsvSource({"600, 8", "1000, 42", "2000, 42", "2000, 5", "4321, 11", "10000, 42", "25000, 3"})
    void theElementCountIsWithinTwoPercentOfTheRequest(int requested, long seed) {
        SystemModel model = ModelGenerator.generate(requested, seed);
        int elements = ModelGenerator.countElements(model);
        assertTrue(Math.abs(elements - requested) <= requested * 0.02,
                "requested " + requested + ", got " + elements);
        assertEquals(requested, elements, "the top-up should even hit the request exactly");
    }

    @ParameterizedTest(name = "{0} elements")
    @CsvSource({"2000", "10000"})
    void countByTypeAddsUpToTheElementCountAndObjectsIncludeTheNonElements(int requested) {
        SystemModel model = ModelGenerator.generate(requested, 42);
        Map<String, Integer> byType = ModelGenerator.countByType(model);
        int sum = byType.values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(ModelGenerator.countElements(model), sum);
        assertEquals(1, byType.get("SystemModel"));
        assertTrue(ModelGenerator.countObjects(model) > sum, "SL vectors and verifications are objects but not elements");
    }
}
