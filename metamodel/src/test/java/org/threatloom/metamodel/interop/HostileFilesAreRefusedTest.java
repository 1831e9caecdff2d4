package org.threatloom.metamodel.interop;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Robustness case 9: malformed, truncated, wrong-typed and hostile files give a clear error naming the place. */
class HostileFilesAreRefusedTest {
    @TempDir Path dir;

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', value = {
            "truncated.json|105|/|truncated JSON",
            "duplicate-key.json|1||duplicate key",
            "wrong-typed.json|10|/detail/diagrams/0/cells/1/source|expected an object",
            "wrong-typed-otm.yaml|9|/trustZones/0/risk/trustRating|expected a number",
            "unknown-zone-otm.json|2|/components/0/parent/trustZone|no trust zone with id 'nowhere'",
            "wrong-typed-threagile.yaml|8|/technical_assets/App/internet|expected true or false",
            "dangling-link.yaml|11|/technical_assets/App/communication_links/To Nowhere/target|no technical asset with id 'no-such-asset'",
            "recursive-alias.yaml|4|/technical_assets/Loop/self|recursive YAML alias",
            "include-escape.yaml|4|/includes/0|points outside the model's folder",
            "include-absolute.yaml|4|/includes/0|absolute path",
            "include-cycle-a.yaml|1|/includes/0|included twice",
            "xxe.tm7|2||DOCTYPE not allowed",
            "billion-laughs.tm7|2||DOCTYPE not allowed",
            "truncated.tm7|1||truncated XML",
            "wrong-root.tm7|2|/KnowledgeBase|not a Threat Modeling Tool model",
            "bad-number.tm7|1|/ThreatModel/DrawingSurfaceList/DrawingSurfaceModel/Borders/KeyValueOfguidanyType/Value/Left|expected a number"})
    void aBadFileGivesAClearErrorNamingThePlace(String file, int line, String pointer, String message) {
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(Samples.own("hostile/" + file), null));
        assertTrue(e.getMessage().contains(message), e.describe());
        assertEquals(line, e.line(), e.describe());
        assertTrue(e.column() > 0, e.describe());
        if (pointer != null && !pointer.equals("/")) assertEquals(pointer, e.pointer(), e.describe());
        assertFalse(e.describe().contains("Exception"), e.describe());
    }

    @Test
    void aYamlBillionLaughsFailsWithinASecond() throws Exception {
        Importers.read(Samples.own("threagile/iot-fleet.yaml"), null); // load the classes first: the budget is for the file
        for (String f : new String[] {"billion-laughs.yaml", "few-aliases-huge-expansion.yaml"}) {
            ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(1),
                    () -> assertThrows(ImportException.class, () -> Importers.read(Samples.own("hostile/" + f), null)));
            assertTrue(e.getMessage().contains("billion laughs"), e.describe());
        }
    }

    @Test
    void aYamlWithMoreAliasesThanTheLimitFailsAtOnce() throws Exception {
        StringBuilder sb = new StringBuilder("threagile_version: 1.0.0\nbase: &b [x]\nmany:\n");
        for (int i = 0; i < 300; i++) sb.append("  - *b\n");
        Path f = Files.writeString(dir.resolve("aliases.yaml"), sb);
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(f, null));
        assertTrue(e.getMessage().contains("too many YAML aliases"), e.describe());
    }

    @Test
    void anIncludeThroughASymbolicLinkOutOfTheFolderIsRefused() throws Exception {
        Path outside = Files.writeString(Files.createTempFile("outside", ".yaml"), "data_assets: {}\n");
        Path model = Files.createDirectories(dir.resolve("m"));
        Files.createSymbolicLink(model.resolve("link.yaml"), outside);
        Path main = Files.writeString(model.resolve("main.yaml"), "threagile_version: 1.0.0\ntitle: t\nincludes: [link.yaml]\ntechnical_assets: {}\n");
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(main, null));
        assertTrue(e.getMessage().contains("outside the model's folder"), e.describe());
        Files.delete(outside);
    }

    @Test
    void aFileOfNoKnownFormatAsksForFrom() throws Exception {
        Path f = Files.writeString(dir.resolve("notes.txt"), "just text\n");
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(f, null));
        assertTrue(e.getMessage().contains("--from"), e.describe());
    }

    @Test
    void theWrongFormatNamedWithFromFailsCleanly() {
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(Samples.own("threagile/webshop.yaml"), InteropFormat.THREAT_DRAGON));
        assertTrue(e.line() > 0, e.describe());
    }

    @Test
    void aMissingFileAndADirectoryAreReported() {
        assertTrue(assertThrows(ImportException.class, () -> Importers.read(dir.resolve("nope.json"), null)).getMessage().contains("no such file"));
        assertTrue(assertThrows(ImportException.class, () -> Importers.read(dir, InteropFormat.OTM)).getMessage().contains("directory"));
    }
}
