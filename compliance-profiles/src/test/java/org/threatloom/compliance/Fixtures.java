package org.threatloom.compliance;

import java.nio.file.Files;
import java.nio.file.Path;

import org.threatloom.catalog.derive.Analysis;
import org.threatloom.catalog.derive.DerivationEngine;
import org.threatloom.catalog.rules.RuleLoader;
import org.threatloom.compliance.assess.AssessOptions;
import org.threatloom.compliance.assess.Assessment;
import org.threatloom.compliance.assess.AssessmentEngine;
import org.threatloom.compliance.profile.Profiles;
import org.threatloom.metamodel.io.ModelStore;
import org.threatloom.model.SystemModel;

/** Shared test helpers: the example models, the shared compliance sources, one-call assessment. */
public final class Fixtures {
    public static final Path EXAMPLES = Path.of("..", "examples");
    private static final AssessmentEngine ENGINE = new AssessmentEngine();

    private Fixtures() {}

    public static SystemModel example(String name) throws Exception {
        return ModelStore.load(EXAMPLES.resolve(name + ".tlm"));
    }

    public static Assessment assess(SystemModel model, String profile) throws Exception {
        return assess(model, profile, AssessOptions.defaults());
    }

    public static Assessment assess(SystemModel model, String profile, AssessOptions options) throws Exception {
        Analysis analysis = new DerivationEngine(RuleLoader.loadDefault()).derive(model);
        return ENGINE.assess(model, analysis, Profiles.load(profile), options);
    }

    /** {@code shared/compliance-sources} next to the repository, or null when this checkout does not have it. */
    public static Path sources() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path s = p.resolve("shared").resolve("compliance-sources");
            if (Files.isDirectory(s)) return s;
        }
        return null;
    }
}
