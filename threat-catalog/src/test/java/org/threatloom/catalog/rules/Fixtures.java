package org.threatloom.catalog.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.threatloom.metamodel.io.ModelStore;
import org.threatloom.model.SystemModel;

/** The fixture models of src/test/resources/fixtures, loaded once. */
final class Fixtures {
    static final Path DIR = Path.of("src", "test", "resources", "fixtures");
    private static Map<String, SystemModel> models;

    private Fixtures() {}

    static synchronized Map<String, SystemModel> all() throws Exception {
        if (models == null) {
            Map<String, SystemModel> m = new LinkedHashMap<>();
            if (Files.isDirectory(DIR)) {
                try (Stream<Path> s = Files.list(DIR)) {
                    for (Path p : s.filter(x -> x.toString().endsWith(".tlm")).sorted().toList()) {
                        m.put(p.getFileName().toString(), ModelStore.load(p));
                    }
                }
            }
            models = m;
        }
        return models;
    }
}
