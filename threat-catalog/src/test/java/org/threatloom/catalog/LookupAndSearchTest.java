package org.threatloom.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threatloom.catalog.data.AttackPattern;
import org.threatloom.catalog.data.CapecMitigation;
import org.threatloom.catalog.data.CatalogEntry;
import org.threatloom.catalog.data.Emb3dMitigation;
import org.threatloom.catalog.data.Emb3dProperty;
import org.threatloom.catalog.data.Emb3dThreat;
import org.threatloom.catalog.data.IcsAsset;
import org.threatloom.catalog.data.IcsMitigation;
import org.threatloom.catalog.data.IcsTactic;
import org.threatloom.catalog.data.IcsTechnique;
import org.threatloom.catalog.data.Weakness;
import org.threatloom.catalog.data.WeaknessCategory;

class LookupAndSearchTest {
    private final CatalogSet set = CatalogSet.loadDefault();

    @Test
    void findResolvesEveryKindOfId() {
        assertInstanceOf(AttackPattern.class, set.find("CAPEC-94").orElseThrow());
        assertInstanceOf(CapecMitigation.class, set.find("coa-1-0").orElseThrow());
        assertInstanceOf(IcsTechnique.class, set.find("T0800").orElseThrow());
        assertInstanceOf(IcsTactic.class, set.find("TA0100").orElseThrow());
        assertInstanceOf(IcsMitigation.class, set.find("M0801").orElseThrow());
        assertInstanceOf(IcsAsset.class, set.find("A0001").orElseThrow());
        assertInstanceOf(Emb3dThreat.class, set.find("TID-201").orElseThrow());
        assertInstanceOf(Emb3dMitigation.class, set.find("MID-003").orElseThrow());
        assertInstanceOf(Emb3dProperty.class, set.find("PID-11").orElseThrow());
        assertInstanceOf(Weakness.class, set.find("CWE-1191").orElseThrow());
        assertInstanceOf(WeaknessCategory.class, set.find("CWE-1371").orElseThrow());
        assertEquals("Adversary in the Middle (AiTM)", set.find("CAPEC-94").orElseThrow().name());
        assertEquals("Programmable Logic Controller (PLC)", set.find("A0003").orElseThrow().name());
    }

    @Test
    void findIsCaseInsensitiveAndIgnoresSurroundingSpace() {
        assertEquals("CAPEC-94", set.find("  capec-94 ").orElseThrow().id());
        assertEquals("coa-1-0", set.find("COA-1-0").orElseThrow().id());
        assertTrue(set.find("cwe-1191", Weakness.class).isPresent());
        assertTrue(set.find("CWE-1191", AttackPattern.class).isEmpty());
    }

    @Test
    void findReturnsEmptyForUnknownOrBlankIds() {
        assertTrue(set.find("CAPEC-0").isEmpty());
        assertTrue(set.find("T1040").isEmpty(), "ATT&CK Enterprise is not shipped");
        assertTrue(set.find("").isEmpty());
        assertTrue(set.find(null).isEmpty());
    }

    @Test
    void duplicatedCapecMitigationNamesGetDistinctIds() {
        List<CapecMitigation> twins = set.capecMitigations().stream().filter(m -> m.name().equals("coa-121-0")).toList();
        assertEquals(2, twins.size());
        assertTrue(twins.stream().allMatch(m -> m.id().startsWith("coa-121-0#")));
        assertEquals(884, set.capecMitigations().stream().map(CapecMitigation::id).distinct().count());
    }

    @Test
    void searchIsCaseInsensitiveOverIdAndName() {
        List<String> ids = set.search("FIRMWARE").stream().map(CatalogEntry::id).toList();
        assertTrue(ids.contains("T0800"), ids.toString());
        assertTrue(set.search("firmware").equals(set.search("Firmware")));
        assertTrue(set.search("cwe-119").stream().anyMatch(e -> e.id().equals("CWE-1191")));
    }

    @Test
    void searchRanksAnExactIdFirstThenIdPrefixes() {
        List<CatalogEntry> hits = set.search("CAPEC-1");
        assertEquals("CAPEC-1", hits.get(0).id());
        assertEquals("CAPEC-10", hits.get(1).id());
    }

    @Test
    void searchIsDeterministicAndCapped() {
        assertEquals(CatalogSet.DEFAULT_SEARCH_LIMIT, set.search("a").size());
        assertEquals(set.search("a"), set.search("a"));
        assertEquals(5, set.search("injection", 5).size());
        assertTrue(set.search("   ").isEmpty());
        assertTrue(set.search(null).isEmpty());
        assertTrue(set.search("no such thing anywhere").isEmpty());
    }

    @Test
    void loadedListsAreImmutable() {
        AttackPattern p = set.attackPatterns().get(0);
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> p.weaknesses().add("CWE-1"));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> set.attackPatterns().clear());
    }
}
