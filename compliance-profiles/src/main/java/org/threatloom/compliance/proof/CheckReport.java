package org.threatloom.compliance.proof;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads proof records from the JSON report of {@code threatloom check MODEL --format json} (issue 4: {@code theorems}
 * with {@code name}, {@code verdict} proved|counterexample|timeout, {@code ms}, and for counterexamples a {@code path}
 * of elements with {@code id}). Unknown theorem names and verdicts are errors, not silently dropped.
 */
public final class CheckReport {
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private CheckReport() {}

    public static ProofEvidence read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) throw new IOException(file + ": proof report too large");
        JsonNode doc = new ObjectMapper().readTree(file.toFile());
        return parse(doc, file.getFileName().toString());
    }

    static ProofEvidence parse(JsonNode doc, String origin) throws IOException {
        JsonNode theorems = doc == null ? null : doc.get("theorems");
        if (theorems == null || !theorems.isArray()) throw new IOException(origin + ": not a 'threatloom check' report (no 'theorems' list)");
        String model = doc.path("model").path("id").asText(doc.path("model").asText(""));
        List<ProofRecord> records = new ArrayList<>();
        for (JsonNode t : theorems) {
            String name = t.path("name").asText("");
            if (!Theorems.known(name)) throw new IOException(origin + ": unknown theorem '" + name + "' (known: " + String.join(", ", Theorems.NAMES) + ")");
            ProofVerdict v = ProofVerdict.of(t.path("verdict").asText(""));
            if (v == null) throw new IOException(origin + ": theorem " + name + ": verdict must be proved, counterexample or timeout");
            List<String> ids = new ArrayList<>();
            for (JsonNode step : t.path("path")) {
                String id = step.isTextual() ? step.asText() : step.path("id").asText("");
                if (!id.isEmpty()) ids.add(id);
            }
            String record = t.hasNonNull("record") ? t.get("record").asText() : name + (model.isEmpty() ? "" : "@" + model);
            String detail = v.key() + (t.has("ms") ? " in " + t.get("ms").asLong() + " ms" : "") + " (" + origin + ")";
            records.add(new ProofRecord(name, v, record, ids, detail));
        }
        return ProofEvidence.of(origin, records);
    }
}
