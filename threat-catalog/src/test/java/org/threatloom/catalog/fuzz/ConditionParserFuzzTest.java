package org.threatloom.catalog.fuzz;

import org.threatloom.catalog.rules.expr.Binder;
import org.threatloom.catalog.rules.expr.ConditionException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Robustness case 24: any text given to the condition parser either compiles or is a {@link ConditionException};
 * never another exception, never a hang. Under plain {@code mvn test} the seed corpus in
 * {@code ConditionParserFuzzTestInputs} runs as regression tests; fuzz with
 * {@code JAZZER_FUZZ=1 mvn -pl threat-catalog test -Dtest='ConditionParserFuzzTest'}.
 */
class ConditionParserFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void conditionsNeverCrashTheParser(byte[] input) {
        String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        for (String type : new String[] {"Device", "DataFlow", "Zone"}) {
            try {
                Binder.compile(text, Binder.eClass(type));
            } catch (ConditionException expected) {
                // a declared validation error: fine
            }
        }
    }
}
