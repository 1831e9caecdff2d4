package org.threatloom.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.threatloom.catalog.data.AttackPattern;
import org.threatloom.catalog.data.CatalogEntry;
import org.threatloom.catalog.data.Emb3dThreat;
import org.threatloom.catalog.data.Weakness;
import org.threatloom.catalog.data.WeaknessCategory;

/** Cross links; the concrete pairs were checked by hand in the raw upstream files. */
class CrossLinksTest {
    private final CatalogSet set = CatalogSet.loadDefault();
    private final CrossLinks links = set.links();

    private static List<String> ids(List<? extends CatalogEntry> entries) {
        return entries.stream().map(CatalogEntry::id).toList();
    }

    @Test
    void capec1AndCwe1191LinkEachOtherInBothDirections() {
        assertTrue(ids(links.weaknessesForAttackPattern("CAPEC-1")).contains("CWE-1191"));
        assertTrue(ids(links.attackPatternsForWeakness("CWE-1191")).containsAll(List.of("CAPEC-1", "CAPEC-180")));
        assertEquals(List.of("CWE-287", "CWE-290", "CWE-294", "CWE-300", "CWE-593"),
                ids(links.weaknessesForAttackPattern("capec-94")));
        assertTrue(ids(links.attackPatternsForWeakness("CWE-300")).contains("CAPEC-94"));
    }

    @Test
    void capecAndCweAgreeOnEveryLinkInBothDirections() {
        Set<String> fromCapec = new TreeSet<>();
        set.attackPatterns().forEach(a -> a.weaknesses().forEach(w -> fromCapec.add(a.id() + ">" + w)));
        Set<String> fromCwe = new TreeSet<>();
        set.weaknesses().forEach(w -> w.attackPatterns().forEach(a -> fromCwe.add(a + ">" + w.id())));
        assertEquals(1212, fromCapec.size());
        assertEquals(fromCapec, fromCwe);
    }

    @Test
    void everyCweCitedByCapecIsLoadedAsAWeakness() {
        set.attackPatterns().forEach(a -> a.weaknesses().forEach(w ->
                assertTrue(set.find(w, Weakness.class).isPresent(), a.id() + " cites " + w)));
        assertEquals(336, set.weaknesses().stream().filter(w -> w.citedBy().contains("CAPEC")).count());
    }

    @Test
    void everyEmb3dCweIsLoadedAndOnlyCwe1218And1371AreCategories() {
        Set<String> categories = new TreeSet<>();
        for (Emb3dThreat t : set.emb3dThreats()) {
            for (String w : t.weaknesses()) {
                CatalogEntry e = set.find(w).orElseThrow(() -> new AssertionError(t.id() + " cites unknown " + w));
                if (e instanceof WeaknessCategory) {
                    categories.add(w);
                } else {
                    assertTrue(e instanceof Weakness, w);
                }
            }
        }
        assertEquals(Set.of("CWE-1218", "CWE-1371"), categories);
    }

    @Test
    void tid212TypoIsCorrectedSoItReachesCapecThroughCwe1326() {
        Emb3dThreat t = set.find("TID-212", Emb3dThreat.class).orElseThrow();
        assertEquals(List.of("CWE-1326"), t.weaknesses());
        assertEquals(List.of("CAPEC-68", "CAPEC-679"), ids(links.attackPatternsForThreat("TID-212")));
        assertTrue(set.find("CWE-12326").isEmpty());
        assertEquals(1, set.info(org.threatloom.catalog.data.Catalog.EMB3D).orElseThrow().corrections().size());
    }

    @Test
    void atLeast70Emb3dThreatsReachACapecPatternThroughTheirCwes() {
        long reaching = set.emb3dThreats().stream()
                .filter(t -> !links.attackPatternsForThreat(t.id()).isEmpty()).count();
        assertTrue(reaching >= 70, "threats reaching CAPEC: " + reaching);
        assertEquals(74, reaching, "73 upstream plus TID-212 after the typo fix");
    }

    @Test
    void emb3dPropertyLeadsToThreatsAndThreatsToMitigations() {
        assertEquals(List.of("TID-101", "TID-102", "TID-103", "TID-105"), ids(links.threatsForProperty("PID-11")));
        assertEquals("PID-12", set.find("PID-122", org.threatloom.catalog.data.Emb3dProperty.class).orElseThrow().parent());
        assertEquals(List.of("MID-001", "MID-002", "MID-003", "MID-029"), ids(links.mitigationsForThreat("TID-201")));
        assertEquals(List.of("PID-21"), ids(links.propertiesForThreat("TID-201")));
        assertEquals(List.of("TID-201", "TID-203", "TID-211", "TID-213", "TID-218", "TID-301"),
                ids(links.threatsForMitigation("MID-001")));
    }

    @Test
    void emb3dMitigationsCarryParsedIec62443Ids() {
        assertEquals(List.of("EDR 3.14", "HDR 3.14", "NDR 3.14"), links.iec62443For("MID-001"));
        assertEquals(List.of("EDR 3.2", "HDR 3.2", "NDR 3.2", "SAR 3.2"), links.iec62443For("MID-004"));
        assertTrue(ids(links.emb3dMitigationsForRequirement("edr  3.14")).contains("MID-001"));
        List<String> cr11 = ids(links.emb3dMitigationsForRequirement("CR 1.1"));
        List<String> cr11re1 = ids(links.emb3dMitigationsForRequirement("CR 1.1 RE 1"));
        assertFalse(cr11re1.isEmpty());
        assertTrue(cr11.containsAll(cr11re1), "a base requirement also matches its enhancements");
        long withMapping = set.emb3dMitigations().stream().filter(m -> !m.iec62443().isEmpty()).count();
        assertTrue(withMapping >= 40, "EMB3D mitigations with a 62443 mapping: " + withMapping);
    }

    @Test
    void icsTechniqueT0800TargetsPlcAndIsMitigatedByAccessManagementCitingSr21() {
        assertTrue(ids(links.assetsForTechnique("T0800")).containsAll(List.of("A0003", "A0004", "A0005")));
        assertTrue(ids(links.techniquesForAsset("A0003")).contains("T0800"));
        assertEquals(List.of("TA0107"), ids(links.tacticsForTechnique("T0800")));
        assertTrue(ids(links.mitigationsForTechnique("T0800")).containsAll(List.of("M0800", "M0801", "M0804")));
        assertEquals(List.of("CR 2.1", "SR 2.1"), links.iec62443For("M0801"));
        assertTrue(ids(links.icsMitigationsForRequirement("SR 1.1")).contains("M0804"));
        assertEquals(39, set.icsMitigations().stream().filter(m -> !m.iec62443().isEmpty()).count());
    }

    @Test
    void emb3dEvidenceLinks18IcsTechniquesThatAllExist() {
        Set<String> ics = new TreeSet<>();
        set.emb3dThreats().forEach(t -> ics.addAll(t.icsTechniques()));
        assertEquals(18, ics.size());
        ics.forEach(id -> assertTrue(set.find(id).isPresent(), id));
        assertTrue(ids(links.icsTechniquesForThreat("TID-205")).contains("T0823"));
    }

    @Test
    void capecHierarchyIsResolvedToCapecIds() {
        AttackPattern p = set.find("CAPEC-1", AttackPattern.class).orElseThrow();
        assertEquals(List.of("CAPEC-122"), p.parents());
        assertEquals(List.of("CAPEC-58", "CAPEC-679", "CAPEC-680", "CAPEC-681"), p.children());
        assertEquals(List.of("T1574.010"), p.attackTechniques());
        assertTrue(ids(links.mitigationsForAttackPattern("CAPEC-1")).contains("coa-1-0"));
        for (AttackPattern a : set.attackPatterns()) {
            a.children().forEach(c -> assertTrue(set.find(c, AttackPattern.class).orElseThrow().parents().contains(a.id()),
                    a.id() + " parent of " + c));
        }
    }

    @Test
    void unknownIdsGiveEmptyLinks() {
        assertTrue(links.weaknessesForAttackPattern("CAPEC-999999").isEmpty());
        assertTrue(links.threatsForProperty("nope").isEmpty());
        assertTrue(links.iec62443For(null).isEmpty());
    }
}
