package org.threatloom.catalog.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class Iec62443Test {

    @Test
    void emb3dMappingsExpandComponentTypesAndEnhancements() {
        String md = "- EDR / HDR/ NDR 3.14 \u2013 Integrity of the boot process\n"
                + "- CR 1.1 \u2013 Human user identification and authentication: RE (1) Unique identification\n"
                + "- CR 2.1 \u2013 Authorization enforcement (1) Authorization enforcement for all users (humans)\n"
                + "- CR \u2013 3.5 Input Validation\n"
                + "- None\n";
        assertEquals(List.of("EDR 3.14", "HDR 3.14", "NDR 3.14", "CR 1.1 RE 1", "CR 2.1 RE 1", "CR 3.5"),
                Iec62443.fromEmb3dMappings("MID-X", md));
    }

    @Test
    void emb3dNoneOrEmptyGivesNoIds() {
        assertEquals(List.of(), Iec62443.fromEmb3dMappings("MID-X", "- none"));
        assertEquals(List.of(), Iec62443.fromEmb3dMappings("MID-X", ""));
        assertEquals(List.of(), Iec62443.fromEmb3dMappings("MID-X", null));
    }

    @Test
    void anUnknownMappingFormatFailsTheImportNamingTheMitigation() {
        ImportException e = assertThrows(ImportException.class,
                () -> Iec62443.fromEmb3dMappings("MID-042", "- see annex B"));
        assertEquals(true, e.getMessage().startsWith("MID-042"));
    }

    @Test
    void attackLabelsGiveSrAndCrIdsAndIgnoreNist() {
        assertEquals(List.of("SR 1.1", "CR 1.1", "EDR 3.2", "CR 2.11 RE 2"), Iec62443.fromAttackLabels("M1", List.of(
                "IEC 62443-3-3:2013 - SR 1.1", "IEC 62443-4-2:2019 - CR 1.1", "NIST SP 800-53 Rev. 5 - IA-2",
                "IEC 62443-4-2:2019 - EDR 3.2", "IEC 62443-4-2:2019 - CR 2.11 RE (2)")));
        assertThrows(ImportException.class, () -> Iec62443.fromAttackLabels("M1", List.of("IEC 62443 - chapter 7")));
    }
}
