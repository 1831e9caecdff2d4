package org.threatloom.catalog.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Emb3dMarkdownTest {

    @Test
    void tid212TypoIsFixedAndCounted() {
        List<String> corrections = new ArrayList<>();
        List<String> ids = Emb3dMarkdown.cweIds("TID-212", "- [CWE-12326: Missing Immutable Root of Trust in Hardware]"
                + "(https://cwe.mitre.org/data/definitions/1326.html)  \n  \"quote\"", corrections, new ArrayList<>());
        assertEquals(List.of("CWE-1326"), ids);
        assertEquals(1, corrections.size());
    }

    @Test
    void aMismatchBetweenCitedIdAndLinkThatIsNotKnownFailsTheImport() {
        assertThrows(ImportException.class, () -> Emb3dMarkdown.cweIds("TID-999",
                "- [CWE-79: XSS](https://cwe.mitre.org/data/definitions/80.html)", new ArrayList<>(), new ArrayList<>()));
    }

    @Test
    void spaceInsteadOfHyphenAndNoneReferencedAreHandled() {
        List<String> notes = new ArrayList<>();
        assertEquals(List.of("CWE-1218"), Emb3dMarkdown.cweIds("TID-327",
                "- [CWE 1218: Memory Buffer Errors](https://cwe.mitre.org/data/definitions/1218.html)",
                new ArrayList<>(), notes));
        assertEquals(1, notes.size());
        assertEquals(List.of(), Emb3dMarkdown.cweIds("TID-101", "- None referenced", new ArrayList<>(), notes));
    }

    @Test
    void attackLinksGiveTechniqueAndSubTechniqueIds() {
        String md = "[User Interface (T0823)](https://attack.mitre.org/techniques/T0823/), "
                + "[x](https://attack.mitre.org/techniques/T1542/003/) CVE-2022-38773 CVE-2022-38773";
        assertEquals(List.of("T0823", "T1542.003"), Emb3dMarkdown.attackIds(md));
        assertEquals(List.of("CVE-2022-38773"), Emb3dMarkdown.cveIds(md));
    }
}
