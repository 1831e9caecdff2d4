package org.threatloom.metamodel.io;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Robustness case 6: truncated or garbled XMI, wrong encoding, duplicate id, dangling reference. */
class GarbledXmiGetsALocatedErrorTest {
    static final String HEAD = HostileXmiIsRefusedTest.HEAD;
    static final String NS = HostileXmiIsRefusedTest.NS;
    static final String GOOD = HEAD + "<tl:SystemModel xmi:version=\"2.0\" " + NS + " xmi:id=\"s\" name=\"Plant\">\n"
            + "  <parties xsi:type=\"tl:Organization\" xmi:id=\"org\" name=\"Owner\"/>\n"
            + "  <keys xmi:id=\"k1\" name=\"Key\" custodian=\"org\"/>\n"
            + "</tl:SystemModel>\n";

    @TempDir Path dir;

    private ModelLoadException loadFails(String content) throws Exception {
        Path f = dir.resolve("bad.tlm");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelStore.load(f));
        assertTrue(e.describe().startsWith(f.toString()), e.describe());
        assertFalse(e.describe().contains("Exception"), "stack-trace-like message: " + e.describe());
        return e;
    }

    @Test
    void theGoodFileLoads() throws Exception {
        Path f = Files.writeString(dir.resolve("good.tlm"), GOOD);
        assertEquals("Key", ModelStore.load(f).getKeys().get(0).getName());
        assertEquals("Owner", ModelStore.load(f).getKeys().get(0).getCustodian().getName());
    }

    @Test
    void aTruncatedFileNamesLineAndColumn() throws Exception {
        ModelLoadException e = loadFails(GOOD.substring(0, GOOD.indexOf("<keys") + 12));
        assertTrue(e.line() >= 3, e.describe());
        assertTrue(e.getMessage().startsWith("malformed XML"), e.getMessage());
    }

    @Test
    void garbageIsMalformedXmlAtLineOne() throws Exception {
        ModelLoadException e = loadFails("\u0000\u0001garbage{not xml}");
        assertEquals(1, e.line());
    }

    @Test
    void invalidBytesForTheDeclaredEncodingAreReported() throws Exception {
        Path f = dir.resolve("enc.tlm");
        byte[] latin1 = GOOD.replace("Plant", "Pl\u00e4nt").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(f, latin1);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelStore.load(f));
        assertEquals(2, e.line(), e.describe());
    }

    @Test
    void aDuplicateIdNamesTheIdAndLine() throws Exception {
        ModelLoadException e = loadFails(GOOD.replace("xmi:id=\"k1\"", "xmi:id=\"org\""));
        assertEquals("duplicate id 'org'", e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void aDanglingReferenceNamesTheMissingIdAndLine() throws Exception {
        ModelLoadException e = loadFails(GOOD.replace("custodian=\"org\"", "custodian=\"nobody\""));
        assertEquals("dangling reference: no element with id 'nobody' (property 'custodian')", e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void anUnknownPropertyIsNamed() throws Exception {
        ModelLoadException e = loadFails(GOOD.replace("name=\"Key\"", "name=\"Key\" colour=\"red\""));
        assertEquals("unknown property 'colour' on CryptoKey", e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void anUnknownEnumLiteralIsNamed() throws Exception {
        ModelLoadException e = loadFails(GOOD.replace("name=\"Key\"", "name=\"Key\" keyType=\"MAGIC\""));
        assertTrue(e.getMessage().contains("'MAGIC'") && e.getMessage().contains("keyType"), e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void anUnknownElementTypeIsNamed() throws Exception {
        ModelLoadException e = loadFails(GOOD.replace("<keys xmi:id=\"k1\" name=\"Key\" custodian=\"org\"/>",
                "<components xsi:type=\"tl:FluxCapacitor\" xmi:id=\"c\"/>"));
        assertTrue(e.getMessage().contains("FluxCapacitor"), e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void aRootThatIsNotASystemModelIsRefused() throws Exception {
        ModelLoadException e = loadFails(HEAD + "<tl:Zone xmi:version=\"2.0\" " + NS + " xmi:id=\"z\"/>");
        assertTrue(e.getMessage().startsWith("not a ThreatLoom model"), e.getMessage());
    }

    @Test
    void aMissingFileAndADirectoryAreClearErrors() throws Exception {
        assertEquals("no such file", assertThrows(ModelLoadException.class, () -> ModelStore.load(dir.resolve("nope.tlm"))).getMessage());
        assertTrue(assertThrows(ModelLoadException.class, () -> ModelStore.load(dir)).getMessage().contains("directory"));
    }
}
