package org.threatloom.evidence;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatloom.evidence.pack.Hashes;
import org.threatloom.evidence.pack.Manifest;
import org.threatloom.evidence.pack.PackWriter;
import org.threatloom.evidence.pack.ReportInputs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The same inputs give the same pack byte for byte, whatever the threads do; the manifest's hashes are the files' hashes. */
class PackIsReproducibleTest {
    @TempDir Path dir;

    @Test
    void samePackByteForByteSequentialAndParallel() throws Exception {
        ReportInputs in = Fixtures.factory();
        PackWriter.Pack a = PackWriter.build(in, PackWriter.Options.defaults("model.tlm").withThreads(1));
        PackWriter.Pack b = PackWriter.build(in, PackWriter.Options.defaults("model.tlm").withThreads(4));
        assertEquals(a.files().keySet(), b.files().keySet());
        for (Map.Entry<String, byte[]> e : a.files().entrySet()) assertArrayEquals(e.getValue(), b.files().get(e.getKey()), e.getKey());
        assertTrue(a.files().keySet().stream().anyMatch(p -> p.endsWith(".pdf")), "PDFs rendered");
        for (String p : a.files().keySet()) {
            if (!p.endsWith(".docx") && !p.endsWith(".xlsx")) continue;
            for (var entry : DocxText.entries(a.files().get(p))) {
                assertEquals(LocalDateTime.ofInstant(in.asOf(), ZoneOffset.UTC), entry.getTimeLocal(), p + "!" + entry.getName() + " has the pack date");
            }
        }
    }

    @Test
    void manifestListsEveryFileWithItsHashAndTheVersions() throws Exception {
        ReportInputs in = Fixtures.factory();
        PackWriter.Pack pack = PackWriter.build(in, PackWriter.Options.defaults("model.tlm").withPdf(false));
        Path out = dir.resolve("pack");
        PackWriter.write(pack, out);
        JsonNode m = new ObjectMapper().readTree(out.resolve(Manifest.FILE).toFile());
        TreeSet<String> listed = new TreeSet<>();
        for (JsonNode f : m.get("files")) {
            Path p = out.resolve(f.get("path").asText());
            assertEquals(Hashes.sha256(Files.readAllBytes(p)), f.get("sha256").asText(), f.get("path").asText());
            assertEquals(Files.size(p), f.get("bytes").asLong());
            listed.add(f.get("path").asText());
        }
        TreeSet<String> onDisk = new TreeSet<>();
        try (Stream<Path> s = Files.walk(out)) {
            s.filter(Files::isRegularFile).forEach(p -> onDisk.add(out.relativize(p).toString().replace('\\', '/')));
        }
        onDisk.remove(Manifest.FILE);
        assertEquals(onDisk, listed);
        assertEquals(in.modelSha256(), m.get("model").get("sha256").asText());
        assertEquals("3.9", m.get("catalogs").get("CAPEC").asText());
        assertEquals(4, m.get("profiles").size());
        for (JsonNode p : m.get("profiles")) assertEquals(64, p.get("sha256").asText().length(), p.toString());
        assertEquals("test", m.get("tool").get("version").asText());
        assertEquals(in.asOf().toString(), m.get("asOf").asText());
        PackWriter.write(PackWriter.build(in, PackWriter.Options.defaults("model.tlm").withPdf(false)), out);
        assertArrayEquals(pack.files().get(Manifest.FILE), Files.readAllBytes(out.resolve(Manifest.FILE)), "rewriting gives the same manifest");
    }
}
