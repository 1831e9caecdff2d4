package org.threatloom.app.cli;

import java.nio.file.Path;

import org.threatloom.metamodel.io.Examples;
import org.threatloom.metamodel.io.ModelLoadException;
import org.threatloom.metamodel.io.ModelStore;
import org.threatloom.model.SystemModel;

/**
 * Where a command gets its model: a file path, {@code example:NAME} for a bundled example, or nothing at all,
 * which means the bundled default example (so a new user can run every command without a file).
 */
public final class ModelSource {
    private ModelSource() {}

    public static String describe(String argument) {
        return argument == null ? "example:" + Examples.DEFAULT : argument;
    }

    public static SystemModel load(String argument) throws ModelLoadException {
        if (argument == null) return Examples.load(Examples.DEFAULT);
        if (argument.startsWith("example:")) return Examples.load(argument.substring("example:".length()));
        return ModelStore.load(Path.of(argument));
    }
}
