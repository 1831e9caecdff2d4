package org.threatloom.metamodel.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.threatloom.model.SystemModel;

/** The example models bundled in the jar (copied from {@code examples/} at build time), loaded like any file. */
public final class Examples {
    public static final List<String> NAMES = List.of("smart-factory", "hybrid-cloud-keys", "iot-device-supply-chain");
    public static final String DEFAULT = "smart-factory";

    private Examples() {}

    public static SystemModel load(String name) throws ModelLoadException {
        if (!NAMES.contains(name)) {
            throw new ModelLoadException("example:" + name, 0, 0, "no such bundled example (known: " + String.join(", ", NAMES) + ")");
        }
        String resource = "/org/threatloom/examples/" + name + ".tlm";
        try (InputStream in = Examples.class.getResourceAsStream(resource)) {
            if (in == null) throw new ModelLoadException("example:" + name, 0, 0, "bundled example missing from the jar");
            return XmiCodec.read(in, "example:" + name);
        } catch (IOException e) {
            throw new ModelLoadException("example:" + name, "cannot read bundled example", e);
        }
    }
}
