package org.threatloom.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.threatloom.catalog.data.Catalog;
import org.threatloom.catalog.data.CatalogInfo;
import org.threatloom.catalog.load.CatalogLoader;

/** MITRE's terms require the copyright designation and licence with every copy: they ship on the classpath. */
class NoticesTest {
    private final CatalogSet set = CatalogSet.loadDefault();

    @Test
    void noticeWithEveryMitreCopyrightLineIsOnTheClasspath() {
        String notice = CatalogLoader.readResourceText("NOTICE.txt");
        assertTrue(notice.contains("Copyright \u00a9 2007 - 2023, The MITRE Corporation"), "CAPEC");
        assertTrue(notice.contains("\u00a9 2025 The MITRE Corporation. This work is reproduced and distributed"),
                "ATT&CK");
        assertTrue(notice.contains("\u00a9 2026 The MITRE Corporation"), "EMB3D");
        assertTrue(notice.contains("Copyright \u00a9 2006\u20132024, The MITRE Corporation"), "CWE");
        for (CatalogInfo i : set.infos()) {
            assertFalse(i.copyright().isEmpty(), i.catalog() + " has no copyright designation");
            i.copyright().forEach(line -> assertTrue(notice.contains(line), line));
        }
    }

    @Test
    void everyCatalogFolderShipsItsLicenceAndSource() {
        for (Catalog c : Catalog.values()) {
            String licence = CatalogLoader.readResourceText(c.folder() + "/LICENSE.txt");
            String source = CatalogLoader.readResourceText(c.folder() + "/SOURCE.md");
            assertTrue(licence.contains("MITRE"), c + " licence");
            assertTrue(source.contains("## Copyright designation"), c + " source");
            assertTrue(source.contains("## Upstream files (SHA-256)"), c + " checksums");
        }
        assertTrue(CatalogLoader.readResourceText("capec/LICENSE.txt")
                .contains("reproduce MITRE\u2019s copyright designation and this license"));
    }

    @Test
    void emb3dNoticeAsksToNotifyMitreAndKeepsTheUsGovernmentClause() {
        String source = CatalogLoader.readResourceText("emb3d/SOURCE.md");
        String licence = CatalogLoader.readResourceText("emb3d/LICENSE.txt");
        String notice = CatalogLoader.readResourceText("NOTICE.txt");
        for (String text : new String[] {source, notice}) {
            assertTrue(text.contains("EMB3D@mitre.org"));
            assertTrue(text.contains("U.S. Government"));
        }
        assertTrue(licence.contains("provide MITRE notice of such use at EMB3D@mitre.org"));
        assertTrue(licence.contains("U.S. Government"));
    }

    @Test
    void provenanceNamesSourceCommitAndUpstreamChecksums() {
        CatalogInfo capec = set.info(Catalog.CAPEC).orElseThrow();
        assertTrue(capec.commit().startsWith("b195cbc8"));
        assertTrue(capec.sourceRepository().equals("https://github.com/mitre/cti"));
        assertTrue(set.info(Catalog.ATTACK_ICS).orElseThrow().commit().startsWith("2bbea5c3"));
        assertTrue(set.info(Catalog.EMB3D).orElseThrow().commit().startsWith("35236603"));
        for (CatalogInfo i : set.infos()) {
            assertFalse(i.upstreamFiles().isEmpty(), i.catalog().toString());
            i.upstreamFiles().values().forEach(h -> assertTrue(h.matches("[0-9a-f]{64}"), h));
        }
    }
}
