package org.threatloom.evidence.report;

import java.time.Instant;
import java.util.List;

/**
 * A report as a sequence of blocks, independent of the file format: {@code DocxWriter} and {@code HtmlWriter}
 * render the same document, so the DOCX, the HTML and the PDF say the same thing.
 *
 * @param profile the profile the document is about
 * @param asOf    the date written into the file's properties
 */
public record Document(String title, String subtitle, String profile, String author, Instant asOf, List<Block> blocks) {
    public Document {
        blocks = List.copyOf(blocks);
    }

    /** The headings of level 1 and 2, for a table of contents. */
    public List<Block.Heading> headings() {
        return blocks.stream().filter(b -> b instanceof Block.Heading h && h.level() <= 2).map(b -> (Block.Heading) b).toList();
    }
}
