package org.threatloom.catalog.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void naturalOrderSortsNumbersByValue() {
        List<String> ids = new ArrayList<>(List.of("CAPEC-10", "CAPEC-2", "CAPEC-1", "CR 1.11", "CR 1.2",
                "CWE-1194", "CWE-79", "coa-1-0", "TID-101"));
        ids.sort(Ids.NATURAL);
        assertEquals(List.of("CAPEC-1", "CAPEC-2", "CAPEC-10", "CR 1.2", "CR 1.11", "CWE-79", "CWE-1194", "TID-101",
                "coa-1-0"), ids);
    }

    @Test
    void lookupKeysIgnoreCaseAndSurroundingSpace() {
        assertEquals("CAPEC-94", Ids.key("  capec-94\t"));
        assertEquals("", Ids.key(null));
    }
}
