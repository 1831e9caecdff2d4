package org.threatloom.compliance.profile;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.threatloom.catalog.CatalogSet;

class ProfileLoadChecksTest {
    private static final String HEAD = """
            profile: test
            title: Test profile
            version: v1
            scope: zone
            source: {index: test}
            copyright: ids only
            mappingSources: {threatloom: judgement, attack-ics: ATT&CK for ICS labels}
            requirements:
            """;

    private static String one(String mapping) {
        return HEAD + """
                  - id: SR 9.9
                    type: SR
                    fr: FR1
                    title: Test requirement
                    sl: [2, 3, 4]
                    mapping:
                """ + mapping.indent(6);
    }

    private static String failure(String text) {
        ProfileLoadException e = assertThrows(ProfileLoadException.class, () -> Profiles.parse(text, "test.yaml", CatalogSet.loadDefault()));
        return e.getMessage();
    }

    @Test
    void aValidMappingLoads() throws Exception {
        Profile p = Profiles.parse(one("""
                kinds: [FIREWALL]
                checks:
                  - element: DataFlow
                    where: crossesZones
                    require: conduit != null
                    says: cross-zone flows use a conduit
                source: [threatloom]
                """), "test.yaml", CatalogSet.loadDefault());
        assertEquals(1, p.requirements().size());
        assertEquals("conduit != null", p.find("SR 9.9").mapping().checks().get(0).require());
    }

    @Test
    void anUnknownCountermeasureKindFailsNamingTheRequirement() {
        String m = failure(one("kinds: [FIREWALL, MAGIC_SHIELD]\nsource: [threatloom]\n"));
        assertTrue(m.contains("test.yaml: requirement SR 9.9: unknown countermeasure kind 'MAGIC_SHIELD'"), m);
    }

    @Test
    void anUnknownTheoremFailsNamingTheRequirement() {
        String m = failure(one("theorems: [coverage, perfect-security]\nsource: [threatloom]\n"));
        assertTrue(m.contains("requirement SR 9.9: unknown theorem 'perfect-security'"), m);
    }

    @Test
    void anUnknownModelFeatureInAConditionFailsWithItsPosition() {
        String m = failure(one("""
                checks:
                  - element: Device
                    require: hasFirewall
                    says: devices have a firewall
                source: [threatloom]
                """));
        assertTrue(m.contains("requirement SR 9.9: checks on Device: require at column 1: Device has no property 'hasFirewall'"), m);
    }

    @Test
    void anUnknownElementTypeFails() {
        String m = failure(one("appliesWhen:\n  - element: Toaster\n    where: 'true'\n    says: toasters\nkinds: [FIREWALL]\nsource: [threatloom]\n"));
        assertTrue(m.contains("requirement SR 9.9: appliesWhen: 'element' names unknown metamodel type 'Toaster'"), m);
    }

    @Test
    void aRequirementWithoutMappingFails() {
        String text = HEAD + "  - id: SR 9.9\n    type: SR\n    fr: FR1\n    title: T\n    sl: [1, 2, 3, 4]\n";
        assertTrue(failure(text).contains("requirement SR 9.9: has no mapping"), failure(text));
    }

    @Test
    void attestationMappingsNeedATopic() {
        assertTrue(failure(one("assessedBy: attestation\nsource: [threatloom]\n")).contains("needs at least one attestation topic"));
    }

    @Test
    void aMisspelledKeyIsAnErrorNotASilentlyIgnoredField() {
        String m = failure(one("kind: [FIREWALL]\nsource: [threatloom]\n"));
        assertTrue(m.contains("unknown key 'kind'"), m);
    }

    @Test
    void aContestedCellNeedsANoteAndSecurityLevelsMustBeCumulative() {
        String contested = HEAD + "  - id: SR 9.9\n    type: SR\n    fr: FR1\n    title: T\n    sl: [2, 4]\n    contested: true\n"
                + "    mapping: {kinds: [FIREWALL], source: [threatloom]}\n";
        String m = failure(contested);
        assertTrue(m.contains("sl [2, 4] must be cumulative"), m);
        assertTrue(m.contains("contested SL vector needs an slNote"), m);
    }

    @Test
    void aCitedCatalogMitigationMustCarryTheRequirementsId() {
        String m = failure(one("kinds: [FIREWALL]\nsource: ['attack-ics:M0804']\n"));
        assertTrue(m.contains("source 'attack-ics:M0804': M0804 is labelled [CR 1.1, SR 1.1], not SR 9.9"), m);
        assertTrue(failure(one("kinds: [FIREWALL]\nsource: [hearsay]\n")).contains("source 'hearsay' is not one of the profile's mappingSources"));
    }
}
