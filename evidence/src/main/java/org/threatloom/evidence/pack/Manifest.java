package org.threatloom.evidence.pack;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.threatloom.compliance.assess.Assessment;
import org.threatloom.compliance.assess.Verdict;
import org.threatloom.evidence.oscal.OscalWriter;
import org.threatloom.metamodel.query.Labels;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code manifest.json}: what produced the pack (tool, model hash, catalogs, rules, profiles with their file hashes,
 * proof records, the date) and every other file of the pack with its SHA-256 and size, sorted by path. A verifier
 * recomputes the hashes ({@code sha256sum}-compatible hex); the same inputs give the same manifest.
 */
public final class Manifest {
    public static final String FILE = "manifest.json";
    public static final String KIND = "threatloom-evidence-pack";
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));

    private Manifest() {}

    public static byte[] of(ReportInputs in, Map<String, byte[]> files) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("pack", KIND);
        root.put("formatVersion", 1);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "ThreatLoom");
        tool.put("version", in.versions().tool());
        root.put("asOf", in.asOf().toString());
        ObjectNode model = root.putObject("model");
        model.put("id", in.model().getId());
        model.put("name", Labels.name(in.model()));
        model.put("file", in.modelFile());
        model.put("sha256", in.modelSha256());
        ObjectNode catalogs = root.putObject("catalogs");
        in.versions().catalogs().forEach(catalogs::put);
        root.put("rules", in.versions().rules());
        root.put("riskMatrix", in.versions().riskMatrix());
        ArrayNode profiles = root.putArray("profiles");
        for (Versions.ProfileVersion p : in.versions().profiles()) {
            ObjectNode n = profiles.addObject();
            n.put("id", p.id());
            n.put("title", p.title());
            n.put("version", p.version());
            n.put("sha256", p.sha256());
            Assessment a = in.assessments().get(p.id());
            if (a != null) {
                ObjectNode c = n.putObject("verdicts");
                for (Verdict v : Verdict.values()) c.put(v.key(), a.counts().get(v));
                n.put("oscalResults", "oscal/" + p.id() + "/" + OscalWriter.RESULTS);
            }
        }
        ObjectNode proofs = root.putObject("proofs");
        proofs.put("origin", in.proofs().origin());
        for (String v : new String[] {"proved", "counterexample", "timeout", ProofResults.NOT_RUN}) proofs.put(v, in.proofs().count(v));
        ObjectNode threats = root.putObject("threats");
        threats.put("total", in.analysis().threats().size());
        threats.put("open", in.analysis().open().size());
        ArrayNode list = root.putArray("files");
        for (Map.Entry<String, byte[]> e : new TreeMap<>(files).entrySet()) {
            if (e.getKey().equals(FILE)) continue;
            ObjectNode f = list.addObject();
            f.put("path", e.getKey());
            f.put("sha256", Hashes.sha256(e.getValue()));
            f.put("bytes", e.getValue().length);
            f.put("mediaType", mediaType(e.getKey()));
        }
        try {
            return (MAPPER.writer(PRETTY).writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String mediaType(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        if (p.endsWith(".docx")) return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        if (p.endsWith(".xlsx")) return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        if (p.endsWith(".html")) return "text/html";
        if (p.endsWith(".pdf")) return "application/pdf";
        if (p.endsWith(".png")) return "image/png";
        if (p.endsWith(".sarif")) return "application/sarif+json";
        if (p.startsWith("oscal/")) return "application/oscal+json";
        if (p.endsWith(".json")) return "application/json";
        return "text/plain";
    }
}
