package org.threatloom.metamodel.fuzz;

import java.io.ByteArrayInputStream;

import org.threatloom.metamodel.io.ModelLoadException;
import org.threatloom.metamodel.io.XmiCodec;
import org.threatloom.metamodel.validation.ModelValidator;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Robustness case 24 for the XMI loader: any bytes either load (and then validate without throwing) or fail with
 * a {@link ModelLoadException}; never another exception. The seed corpus runs as regression tests under
 * {@code mvn test}; fuzz with {@code JAZZER_FUZZ=1 mvn -pl metamodel test -Djunit.version=5.11.4 -Dtest=XmiLoaderFuzzTest}
 * (Jazzer 0.30's fuzzing mode needs JUnit 5.11; its regression mode runs on 5.13).
 */
class XmiLoaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyBytesLoadOrFailWithALocatedError(byte[] input) {
        try {
            ModelValidator.validate(XmiCodec.read(new ByteArrayInputStream(input), "fuzz.tlm"));
        } catch (ModelLoadException expected) {
            // declared: a located load error
        }
    }
}
