package org.threatloom.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threatloom.catalog.data.AttackPattern;
import org.threatloom.catalog.data.Catalog;
import org.threatloom.catalog.data.CatalogInfo;

/** Counts exactly as documented in shared/catalogs/&lt;catalog&gt;/SOURCE.md. */
class CatalogCountsTest {
    private final CatalogSet set = CatalogSet.loadDefault();

    @Test
    void capecHasAll615AttackPatternsAnd884Mitigations() {
        assertEquals(615, set.attackPatterns().size());
        assertEquals(884, set.capecMitigations().size());
        assertEquals(1182, set.capecMitigations().stream().mapToInt(m -> m.mitigates().size()).sum());
    }

    @Test
    void capecHas558ActivePatterns56DeprecatedAndOneObsolete() {
        assertEquals(558, set.attackPatterns().stream().filter(AttackPattern::isActive).count());
        assertEquals(56, set.attackPatterns().stream().filter(a -> "Deprecated".equals(a.status())).count());
        assertEquals(1, set.attackPatterns().stream().filter(a -> "Obsolete".equals(a.status())).count());
    }

    @Test
    void icsHas83ActiveTechniques12Tactics52MitigationsAnd18Assets() {
        assertEquals(83, set.icsTechniques().size());
        assertEquals(12, set.icsTactics().size());
        assertEquals(52, set.icsMitigations().size());
        assertEquals(18, set.icsAssets().size());
        assertEquals(685, set.icsTechniques().stream().mapToInt(t -> t.assets().size()).sum());
        assertEquals(331, set.icsMitigations().stream().mapToInt(m -> m.mitigates().size()).sum());
    }

    @Test
    void emb3dHas81Threats89MitigationsAnd59Properties() {
        assertEquals(81, set.emb3dThreats().size());
        assertEquals(89, set.emb3dMitigations().size());
        assertEquals(59, set.emb3dProperties().size());
        assertEquals(213, set.emb3dMitigations().stream().mapToInt(m -> m.mitigates().size()).sum());
        assertEquals(90, set.emb3dProperties().stream().mapToInt(p -> p.threats().size()).sum());
        assertEquals(40, set.emb3dProperties().stream().filter(p -> p.parent() != null).count());
    }

    @Test
    void cweHardwareDesignView1194Has99WeaknessesIn13Categories() {
        assertEquals(99, set.weaknesses().stream().filter(w -> !w.hardwareCategories().isEmpty()).count());
        assertEquals(13, set.weaknessCategories().stream().filter(c -> c.hardwareView()).count());
        assertEquals(87, set.weaknesses().stream()
                .filter(w -> !w.hardwareCategories().isEmpty() && !w.attackPatterns().isEmpty()).count());
    }

    @Test
    void statsReportCountsAndVersionsPerCatalog() {
        Map<Catalog, String> versions = set.catalogVersions();
        assertEquals(Map.of(Catalog.CAPEC, "3.9", Catalog.ATTACK_ICS, "18.1", Catalog.EMB3D, "2.0.1",
                Catalog.CWE, "4.15"), versions);
        CatalogStats capec = set.stats().get(0);
        assertEquals(Catalog.CAPEC, capec.catalog());
        assertEquals(615, capec.counts().get("attackPatterns"));
        assertEquals(558, capec.counts().get("activeAttackPatterns"));
        assertEquals(362, set.stats().get(3).counts().get("weaknesses"));
        assertEquals(4, set.stats().size());
    }

    @Test
    void loadedCountsAgreeWithTheImportersManifest() {
        for (CatalogStats s : set.stats()) {
            CatalogInfo info = set.info(s.catalog()).orElseThrow();
            s.counts().forEach((k, v) -> {
                if (info.counts().containsKey(k)) {
                    assertEquals(info.counts().get(k), v, s.catalog() + " " + k);
                }
            });
        }
        assertEquals(615 + 884 + 83 + 12 + 52 + 18 + 81 + 89 + 59 + 362 + 20, set.size());
    }
}
