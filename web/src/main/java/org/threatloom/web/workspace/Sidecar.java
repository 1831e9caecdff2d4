package org.threatloom.web.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.threatloom.web.edit.ElementJson;
import org.threatloom.web.edit.LayoutBox;
import org.threatloom.web.edit.LayoutTable;
import org.threatloom.web.server.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the server keeps beside a model file, so that the model stays pure: the diagram layout and the revision
 * counter, in {@code .threatloom-web/NAME.json}, written atomically.
 */
final class Sidecar {
    static final String DIRECTORY = ".threatloom-web";

    private Sidecar() {}

    static Path fileFor(Path model) {
        String name = model.getFileName().toString().replaceFirst("\\.tlm$", "");
        return model.toAbsolutePath().resolveSibling(DIRECTORY).resolve(name + ".json");
    }

    /** Reads layout into the table and returns the stored revision (1 when none). */
    static long read(Path model, LayoutTable layout) {
        Path f = fileFor(model);
        if (!Files.exists(f)) return 1;
        try {
            JsonNode n = Json.MAPPER.readTree(Files.readAllBytes(f));
            n.path("layout").fields().forEachRemaining(e -> {
                JsonNode b = e.getValue();
                try {
                    layout.put(e.getKey(), LayoutBox.of(b.path("x").asDouble(), b.path("y").asDouble(), b.path("w").asDouble(), b.path("h").asDouble()));
                } catch (IllegalArgumentException ignored) {
                    // a damaged entry: the editor places the element again
                }
            });
            return Math.max(1, n.path("revision").asLong(1));
        } catch (IOException e) {
            return 1; // an unreadable sidecar loses positions only, never model content
        }
    }

    static void write(Path model, long revision, LayoutTable layout) throws IOException {
        Path f = fileFor(model);
        Files.createDirectories(f.getParent());
        ObjectNode n = Json.object();
        n.put("revision", revision);
        n.set("layout", ElementJson.layout(layout.snapshot()));
        Path temp = f.resolveSibling(f.getFileName() + ".tmp");
        Files.write(temp, n.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.move(temp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
