package org.threatloom.catalog.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void firstXhtmlParagraphIsTakenWithoutMarkup() {
        String raw = "\n   <xhtml:p>First <xhtml:b>bold</xhtml:b> part.</xhtml:p>\n <xhtml:p>Second.</xhtml:p>";
        assertEquals("First bold part.", Text.firstParagraph(raw, 600));
    }

    @Test
    void firstMarkdownParagraphDropsLinksCitationsAndEscapes() {
        String raw = "See [TID-211](https://x/y_(z)) and \\[5\\] (Citation: Foo 2020).\n\nSecond paragraph.";
        assertEquals("See TID-211 and [5].", Text.firstParagraph(raw, 600));
    }

    @Test
    void literalTagsThatAreNotMarkupStayAsText() {
        assertEquals("inject <script>alert(1)</script> here",
                Text.plain("inject <script>alert(1)</script> here", 600));
        assertEquals("a < b & c", Text.plain("a &lt; b &amp; c", 600));
    }

    @Test
    void longTextIsCutAtAWordBoundaryWithAnEllipsis() {
        String s = Text.shorten("alpha beta gamma delta", 12);
        assertEquals("alpha beta\u2026", s);
        assertTrue(Text.shorten("x".repeat(50), 10).length() <= 10);
        assertEquals("short", Text.shorten("short", 10));
    }

    @Test
    void blankOrMissingTextGivesNull() {
        assertNull(Text.plain("  \n ", 10));
        assertNull(Text.firstParagraph(null, 10));
    }
}
