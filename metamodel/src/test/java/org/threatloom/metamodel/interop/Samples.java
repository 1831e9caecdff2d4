package org.threatloom.metamodel.interop;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared sample models and this module's interop test inputs are; tests skip when the samples are absent. */
final class Samples {
    static final Path SHARED = Path.of("..", "..", "shared", "example-models");
    static final Path OWN = Path.of("src", "test", "resources", "interop");

    private Samples() {}

    static Path shared(String relative) {
        Path p = SHARED.resolve(relative);
        assumeTrue(Files.exists(p), "sample models not available: " + p);
        return p;
    }

    static Path own(String relative) {
        return OWN.resolve(relative);
    }

    static Path td(String name) {
        return shared("threat-dragon/td.vue/src/service/demo/" + name);
    }

    static Path tm7(String name) {
        return shared("mtmt/startleft/slp_mtmt/tests/resources/mtmt/" + name);
    }

    static Path otm(String name) {
        return shared("otm/startleft/examples/otm/" + name);
    }
}
