package org.threatloom.catalog.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small helpers for reading STIX 2.x objects as Jackson trees. */
final class Stix {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Stix() {
    }

    static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Objects of a bundle. */
    static List<JsonNode> objects(JsonNode bundle) {
        List<JsonNode> out = new ArrayList<>();
        bundle.path("objects").forEach(out::add);
        return out;
    }

    static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    static List<String> strings(JsonNode o, String field) {
        List<String> out = new ArrayList<>();
        o.path(field).forEach(n -> out.add(n.asText()));
        return out;
    }

    /** {@code external_id}s of the external references with the given {@code source_name}. */
    static List<String> externalIds(JsonNode o, String sourceName) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : o.path("external_references")) {
            if (sourceName.equals(r.path("source_name").asText()) && r.hasNonNull("external_id")) {
                out.add(r.get("external_id").asText());
            }
        }
        return out;
    }

    static Optional<String> externalId(JsonNode o, String sourceName) {
        List<String> ids = externalIds(o, sourceName);
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
    }

    static boolean revokedOrDeprecated(JsonNode o) {
        return o.path("revoked").asBoolean(false) || o.path("x_mitre_deprecated").asBoolean(false);
    }

    /** The single copyright statement of the marking definitions in {@code objects}, if any. */
    static List<String> markingStatements(List<JsonNode> objects) {
        List<String> out = new ArrayList<>();
        for (JsonNode o : objects) {
            if ("marking-definition".equals(text(o, "type"))) {
                String s = o.path("definition").path("statement").asText("");
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }
}
