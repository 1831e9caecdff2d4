package org.threatloom.metamodel.io;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Robustness cases 1-4: DOCTYPE/XXE, billion laughs, unknown metamodel or schema location, foreign hrefs. */
class HostileXmiIsRefusedTest {
    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    static final String NS = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xmlns:tl=\"http://threatloom.org/model/1.0\"";

    @TempDir Path dir;

    static ModelLoadException refused(String xml) {
        return assertThrows(ModelLoadException.class,
                () -> XmiCodec.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "hostile.tlm"));
    }

    @Test
    void anExternalEntityDoctypeIsRejectedAndTheFileIsNotRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xml = HEAD + "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<tl:SystemModel xmi:version=\"2.0\" " + NS + " xmi:id=\"s\" name=\"&xxe;\"/>";
        ModelLoadException e = refused(xml);
        assertEquals("DOCTYPE not allowed", e.getMessage());
        assertEquals(2, e.line());
        assertFalse(e.describe().contains("TOP-SECRET"));
    }

    @Test
    void anExternalDtdIsRejectedWithoutAnyRequest() throws Exception {
        try (LocalSpy spy = new LocalSpy()) {
            String xml = HEAD + "<!DOCTYPE r SYSTEM \"" + spy.url("/evil.dtd") + "\">\n<tl:SystemModel " + NS + "/>";
            assertEquals("DOCTYPE not allowed", refused(xml).getMessage());
            assertEquals(0, spy.hits.get());
        }
    }

    @Test
    void anInternalEntityDoctypeIsRejected() {
        String xml = HEAD + "<!DOCTYPE r [<!ENTITY a \"aaaa\">]>\n<tl:SystemModel " + NS + " name=\"&a;\"/>";
        assertEquals("DOCTYPE not allowed", refused(xml).getMessage());
    }

    @Test
    void billionLaughsIsRejectedWithinASecond() {
        StringBuilder sb = new StringBuilder(HEAD).append("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) sb.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            sb.append("\">");
        }
        sb.append("]>\n<tl:SystemModel ").append(NS).append(" name=\"&lol9;\"/>");
        long t0 = System.nanoTime();
        ModelLoadException e = refused(sb.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals("DOCTYPE not allowed", e.getMessage());
        assertTrue(ms < 1000, "took " + ms + " ms");
    }

    @Test
    void anUnknownNamespaceIsAnUnknownMetamodel() throws Exception {
        try (LocalSpy spy = new LocalSpy()) {
            String xml = HEAD + "<evil:SystemModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
                    + "xmlns:evil=\"" + spy.url("/evil.ecore") + "\" name=\"x\"/>";
            ModelLoadException e = refused(xml);
            assertTrue(e.getMessage().startsWith("unknown metamodel"), e.getMessage());
            assertEquals(0, spy.hits.get());
        }
    }

    @Test
    void aSchemaLocationForAForeignNamespaceIsAnUnknownMetamodelAndIsNeverFetched() throws Exception {
        try (LocalSpy spy = new LocalSpy()) {
            String xml = HEAD + "<tl:SystemModel xmi:version=\"2.0\" " + NS + " xmlns:x=\"urn:evil\" xsi:schemaLocation=\"urn:evil "
                    + spy.url("/evil.ecore") + "\" xmi:id=\"s\"/>";
            ModelLoadException e = refused(xml);
            assertTrue(e.getMessage().startsWith("unknown metamodel 'urn:evil'"), e.getMessage());
            assertEquals(0, spy.hits.get());
        }
    }

    @Test
    void aSchemaLocationForOurOwnNamespaceIsIgnoredAndNeverFetched() throws Exception {
        try (LocalSpy spy = new LocalSpy()) {
            String xml = HEAD + "<tl:SystemModel xmi:version=\"2.0\" " + NS + " xsi:schemaLocation=\"http://threatloom.org/model/1.0 "
                    + spy.url("/threatloom.ecore") + "\" xmi:id=\"s\" name=\"fine\"/>";
            assertEquals("fine", XmiCodec.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "ok.tlm").getName());
            assertEquals(0, spy.hits.get());
        }
    }

    @Test
    void aJavaSchemaLocationNeverLoadsTheClass() {
        String xml = HEAD + "<x:SystemModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:x=\"urn:canary\" "
                + "xsi:schemaLocation=\"urn:canary java://org.threatloom.metamodel.io.Canary\"/>";
        ModelLoadException e = refused(xml);
        assertTrue(e.getMessage().startsWith("unknown metamodel"), e.getMessage());
        assertFalse(CanaryFlag.loaded, "the class named in the file was loaded");
    }

    @Test
    void hrefsToFileHttpAndJarAreRejectedAndNothingIsResolved() throws Exception {
        Path other = Files.writeString(dir.resolve("other.tlm"), HEAD + "<tl:SystemModel " + NS + " xmi:id=\"o\"/>");
        try (LocalSpy spy = new LocalSpy()) {
            for (String href : new String[] {other.toUri() + "#o", spy.url("/m.tlm#x"), "jar:" + other.toUri() + "!/a#b",
                    "platform:/resource/p/m.tlm#x"}) {
                String xml = HEAD + "<tl:SystemModel xmi:version=\"2.0\" " + NS + " xmi:id=\"s\">\n"
                        + "  <parties xsi:type=\"tl:Organization\" xmi:id=\"o1\"/>\n"
                        + "  <keys xmi:id=\"k\" name=\"k\">\n    <custodian href=\"" + href + "\"/>\n  </keys>\n</tl:SystemModel>";
                ModelLoadException e = refused(xml);
                assertTrue(e.getMessage().startsWith("external reference not allowed"), href + " -> " + e.getMessage());
                assertEquals(5, e.line(), href);
            }
            assertEquals(0, spy.hits.get());
        }
    }
}
