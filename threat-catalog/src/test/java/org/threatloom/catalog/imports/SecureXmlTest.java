package org.threatloom.catalog.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SecureXmlTest {

    private static ByteArrayInputStream xml(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void plainCatalogXmlWithoutDoctypeParses() {
        var doc = SecureXml.parse(xml("<Weakness_Catalog xmlns=\"http://cwe.mitre.org/cwe-7\" Version=\"4.15\"/>"), "t");
        assertEquals("4.15", doc.getDocumentElement().getAttribute("Version"));
    }

    @Test
    void externalEntitiesAreRefusedAndNothingIsRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>";
        assertThrows(ImportException.class, () -> SecureXml.parse(xml(xxe), "xxe"));
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY l0 \"ha\">");
        for (int i = 1; i < 10; i++) {
            sb.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        sb.append("]><l>&l9;</l>");
        assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> assertThrows(ImportException.class, () -> SecureXml.parse(xml(sb.toString()), "lol")));
    }
}
