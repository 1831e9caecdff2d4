package org.threatloom.evidence;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatloom.evidence.pack.PackWriter;
import org.threatloom.evidence.pack.SafeNames;

/** Robustness case 8: names derived from model names never become paths or headers. */
class DownloadNamesAreSafeTest {
    @TempDir Path dir;

    @Test
    void slugsKeepLettersAndDigitsOnly() {
        assertEquals("etc-passwd-x", SafeNames.slug("../../etc/passwd\r\nX:", "m"));
        assertEquals("model", SafeNames.slug("../..", null));
        assertEquals("plant-1", SafeNames.slug("///", "plant-1"));
        assertEquals("con-model", SafeNames.slug("CON", "x"));
        assertEquals("uber-fabrik", SafeNames.slug("Über Fabrik", "x"));
        assertTrue(SafeNames.slug("a".repeat(500), "x").length() <= 60);
    }

    @Test
    void packPathsFromAHostileModelNameStayInsideThePack() throws Exception {
        PackWriter.Pack pack = PackWriter.build(Fixtures.hostile(), PackWriter.Options.defaults("x.tlm").withPdf(false));
        for (String p : pack.files().keySet()) {
            assertFalse(p.contains("..") || p.contains("\r") || p.contains("\n") || p.contains(":") || p.startsWith("/"), p);
            assertTrue(p.equals("README.txt") || p.matches("[a-z0-9./-]+"), p);
        }
        assertTrue(pack.files().containsKey("etc-passwd-x-matrix.xlsx"), pack.files().keySet().toString());
        Path out = dir.resolve("pack");
        PackWriter.write(pack, out);
        assertFalse(Files.exists(dir.resolve("etc")));
        assertThrows(IllegalArgumentException.class, () -> SafeNames.inside(out, "../x"));
        assertThrows(IllegalArgumentException.class, () -> SafeNames.inside(out, "/etc/passwd"));
    }

    @Test
    void contentDispositionIsOneHeaderWithAnEncodedName() {
        String h = SafeNames.contentDisposition("../../etc/passwd\r\nX: y\".docx");
        assertFalse(h.contains("\r") || h.contains("\n"), h);
        assertTrue(h.startsWith("attachment; filename=\"etc-passwd-x-y.docx\"; filename*=UTF-8''"), h);
        assertEquals(2, h.chars().filter(c -> c == '"').count(), "only the quotes around the ASCII name: " + h);
        assertTrue(h.contains("%0D%0A"), h);
    }

    @Test
    void aDirectoryThatHoldsSomethingElseIsNeverOverwritten() throws Exception {
        Path other = dir.resolve("mine");
        Files.createDirectories(other);
        Files.writeString(other.resolve("thesis.txt"), "precious");
        PackWriter.Pack pack = PackWriter.build(Fixtures.factory(), PackWriter.Options.defaults("x.tlm").withPdf(false));
        assertThrows(java.io.IOException.class, () -> PackWriter.write(pack, other));
        assertEquals("precious", Files.readString(other.resolve("thesis.txt")));
    }
}
