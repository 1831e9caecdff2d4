package org.threatloom.catalog.rules;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatloom.catalog.CatalogSet;

/** Robustness cases 9 and 10 for rule files: malformed, unknown types/features/literals, hostile YAML. */
class RuleLoadingTest {
    static final String GOOD = """
            id: TL-TEST-1
            title: Default credentials
            stride: SPOOFING
            domain: iot
            appliesTo: [Device]
            condition: defaultCredentials or authMethods contains DEFAULT_PASSWORD
            references: [CAPEC-70]
            likelihood: HIGH
            impact: HIGH
            mitigatedBy: [UNIQUE_CREDENTIALS]
            """;

    @TempDir Path dir;

    private String problemsOf(String yaml) throws Exception {
        return problemsOf("TL-TEST-1", yaml);
    }

    private String problemsOf(String fileId, String yaml) throws Exception {
        Files.writeString(dir.resolve(fileId + ".yaml"), yaml);
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLoader.loadDirectory(dir, CatalogSet.loadDefault()));
        return String.join("\n", e.problems());
    }

    @Test
    void theShippedRulesLoadWithoutProblems() throws Exception {
        RuleSet rules = RuleLoader.loadDefault();
        assertTrue(rules.size() > 0);
    }

    @Test
    void aWellFormedUserRuleLoads() throws Exception {
        Files.writeString(dir.resolve("TL-TEST-1.yaml"), GOOD);
        List<Rule> rules = RuleLoader.loadDirectory(dir, CatalogSet.loadDefault());
        assertEquals("TL-TEST-1", rules.get(0).id());
        assertEquals(List.of("CAPEC-70"), rules.get(0).references());
    }

    @Test
    void anUnknownFeatureIsALoadErrorNamingTheRuleTypeAndColumn() throws Exception {
        String p = problemsOf(GOOD.replace("defaultCredentials or", "defaultCreds or"));
        assertTrue(p.contains("rule TL-TEST-1") && p.contains("Device has no property 'defaultCreds'") && p.contains("at column 1"), p);
    }

    @Test
    void aFeatureOfASubtypeGetsAHelpfulMessage() throws Exception {
        String p = problemsOf(GOOD.replace("condition: defaultCredentials or authMethods contains DEFAULT_PASSWORD", "condition: plausibilityChecked"));
        assertTrue(p.contains("it is a property of Sensor"), p);
    }

    @Test
    void anUnknownTypeIsALoadError() throws Exception {
        assertTrue(problemsOf(GOOD.replace("[Device]", "[Toaster]")).contains("appliesTo names unknown type 'Toaster'"));
    }

    @Test
    void anUnknownEnumLiteralIsALoadErrorListingTheLiterals() throws Exception {
        String p = problemsOf(GOOD.replace("DEFAULT_PASSWORD", "DEFAULT_PASWORD"));
        assertTrue(p.contains("'DEFAULT_PASWORD' is not a literal of DeviceAuthMethod") && p.contains("CERTIFICATE"), p);
    }

    @Test
    void aTypeMismatchIsALoadError() throws Exception {
        assertTrue(problemsOf(GOOD.replace("condition: defaultCredentials or authMethods contains DEFAULT_PASSWORD",
                "condition: secureBoot == 3")).contains("cannot compare boolean with integer"));
        assertTrue(problemsOf(GOOD.replace("condition: defaultCredentials or authMethods contains DEFAULT_PASSWORD",
                "condition: name")).contains("must be true or false"));
    }

    @Test
    void anUnknownCatalogReferenceOrDeprecatedPatternIsALoadError() throws Exception {
        assertTrue(problemsOf(GOOD.replace("CAPEC-70", "CAPEC-99999")).contains("'CAPEC-99999' is not in the shipped catalogs"));
        assertTrue(problemsOf(GOOD.replace("CAPEC-70", "CAPEC-56")).contains("Deprecated CAPEC pattern"));
    }

    @Test
    void anUnknownCountermeasureKindOrLevelIsALoadError() throws Exception {
        assertTrue(problemsOf(GOOD.replace("[UNIQUE_CREDENTIALS]", "[PRAYER]")).contains("unknown countermeasure kind 'PRAYER'"));
        assertTrue(problemsOf(GOOD.replace("likelihood: HIGH", "likelihood: EXTREME")).contains("likelihood 'EXTREME' is not one of"));
    }

    @Test
    void aMisspelledKeyIsAnErrorNotASilentlyIgnoredField() throws Exception {
        String p = problemsOf(GOOD.replace("mitigatedBy:", "mitigatedby:"));
        assertTrue(p.contains("unknown key 'mitigatedby'") && p.contains("TL-TEST-1.yaml"), p);
    }

    @Test
    void malformedYamlNamesTheLine() throws Exception {
        String p = problemsOf(GOOD.replace("stride: SPOOFING", "stride: [SPOOFING"));
        assertTrue(p.contains("malformed YAML at line"), p);
    }

    @Test
    void aTruncatedOrWrongTypedFileIsAnError() throws Exception {
        assertTrue(problemsOf(GOOD.substring(0, 40)).contains("rule TL-TEST-1"));
        assertTrue(problemsOf("- just\n- a list\n").contains("malformed YAML"));
    }

    @Test
    void yamlAliasBombsNeverExpand() {
        StringBuilder bomb = new StringBuilder("a: &a [x,x,x,x,x,x,x,x,x,x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) bomb.append(i == 0 ? "" : ",").append('*').append((char) (c - 1));
            bomb.append("]\n");
        }
        long t0 = System.nanoTime();
        String expanded;
        try {
            expanded = Yaml.mapper().readTree(bomb.toString()).toString(); // Jackson does not expand aliases into copies
        } catch (Exception refused) {
            expanded = "";
        }
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 1000);
        assertTrue(expanded.length() < 10_000, "aliases were expanded: " + expanded.length() + " characters");
    }

    @Test
    void theIdMustMatchTheFileNameAndBeUnique() throws Exception {
        assertTrue(problemsOf("TL-OTHER", GOOD).contains("does not match the file name"));
        Files.writeString(dir.resolve("TL-OTHER.yaml"), GOOD.replace("TL-TEST-1", "TL-OTHER"));
        Files.createDirectory(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub").resolve("TL-OTHER.yaml"), GOOD.replace("TL-TEST-1", "TL-OTHER"));
        Files.delete(dir.resolve("TL-OTHER.yaml"));
        Files.writeString(dir.resolve("TL-OTHER.yaml"), GOOD.replace("TL-TEST-1", "TL-OTHER"));
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLoader.loadDirectory(dir, CatalogSet.loadDefault()));
        assertTrue(e.getMessage().contains("already defined"), e.getMessage());
    }

    @Test
    void oneBadRuleFailsTheWholePackSoNothingIsHalfLoaded() throws Exception {
        Files.writeString(dir.resolve("TL-TEST-1.yaml"), GOOD);
        Files.writeString(dir.resolve("TL-TEST-2.yaml"), GOOD.replace("TL-TEST-1", "TL-TEST-2").replace("[Device]", "[Nope]"));
        assertThrows(RuleLoadException.class, () -> RuleLoader.loadDirectory(dir, CatalogSet.loadDefault()));
    }
}
