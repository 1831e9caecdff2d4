package org.threatloom.app;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ValidateAndShowCommandsTest {
    static final Path EXAMPLES = Path.of("..", "examples");
    @TempDir Path dir;

    @Test
    void validatingTheBundledExamplesExitsZero() {
        for (String name : new String[] {"smart-factory", "hybrid-cloud-keys", "iot-device-supply-chain"}) {
            Cli r = Cli.run("validate", EXAMPLES.resolve(name + ".tlm").toString());
            assertEquals(0, r.exit(), r.out() + r.err());
            assertTrue(r.out().contains(": valid ("), r.out());
        }
    }

    @Test
    void withoutAModelArgumentTheEmbeddedDefaultExampleIsUsed() {
        Cli r = Cli.run("show");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Zones ("), r.out());
        assertTrue(r.out().contains("Suppliers ("), r.out());
    }

    @Test
    void showAsJsonHasCountsZonesWithSecurityLevelTargetsAndSuppliers() throws Exception {
        Cli r = Cli.run("show", EXAMPLES.resolve("smart-factory.tlm").toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertTrue(doc.get("elements").asInt() >= 60);
        assertTrue(doc.get("countsByType").get("DataFlow").asInt() > 0);
        JsonNode zone = doc.get("zones").get(0);
        assertEquals(7, zone.get("slTarget").size());
        assertTrue(doc.get("suppliers").size() > 3);
    }

    @Test
    void anInvalidModelExitsTwoAndNamesTheElement() throws Exception {
        String xml = Files.readString(EXAMPLES.resolve("smart-factory.tlm"));
        int keyStart = xml.indexOf("<keys ");
        int custodian = xml.indexOf(" custodian=\"", keyStart);
        int end = xml.indexOf('"', custodian + 12);
        Path broken = Files.writeString(dir.resolve("broken.tlm"), xml.substring(0, custodian) + xml.substring(end + 1));
        Cli r = Cli.run("validate", broken.toString());
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.out().contains("has no custodian"), r.out());
        assertTrue(r.out().contains("INVALID"), r.out());
    }

    @Test
    void anUnreadableModelExitsTwoWithFileLineAndColumnAndNoStackTrace() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.tlm"), "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a 'b'>]>\n<x/>");
        Cli r = Cli.run("validate", bad.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("threatloom: " + bad + ":2:"), r.err());
        assertTrue(r.err().contains("DOCTYPE not allowed"), r.err());
        assertFalse(r.err().contains("at org."), r.err());
    }

    @Test
    void anUnreadableModelWithJsonFormatGivesAJsonError() throws Exception {
        Cli r = Cli.run("validate", dir.resolve("missing.tlm").toString(), "--format", "json");
        assertEquals(2, r.exit());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertFalse(doc.get("valid").asBoolean());
        assertEquals("no such file", doc.get("errors").get(0).get("message").asText());
    }

    @Test
    void anUnknownOptionOrFormatIsAUsageErrorWithExitTwo() {
        assertEquals(2, Cli.run("validate", "--colour").exit());
        assertEquals(2, Cli.run("show", "--format", "yaml").exit());
        assertEquals(2, Cli.run("frobnicate").exit());
    }
}
