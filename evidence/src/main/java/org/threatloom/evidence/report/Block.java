package org.threatloom.evidence.report;

import java.util.List;

/**
 * One block of a report: what the DOCX and HTML writers render, each in its own way. Text is plain (never markup);
 * a writer escapes it.
 */
public sealed interface Block {

    /** A heading, level 1..3, with an anchor id (letters, digits, dashes) for the HTML table of contents. */
    record Heading(int level, String text, String anchor) implements Block {}

    /** A paragraph; {@code note} renders it smaller and muted. */
    record Paragraph(String text, boolean note) implements Block {
        public Paragraph(String text) {
            this(text, false);
        }
    }

    record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /**
     * A table. {@code widths} are relative column weights; {@code tones} is one entry per row (ok, partial, bad, na or
     * "" for none), used for a verdict colour. Cells may hold line breaks.
     */
    record Table(String caption, List<String> headers, List<Integer> widths, List<List<String>> rows, List<String> tones) implements Block {
        public Table {
            headers = List.copyOf(headers);
            widths = List.copyOf(widths);
            rows = List.copyOf(rows);
            tones = tones == null ? List.of() : List.copyOf(tones);
        }

        public String tone(int row) {
            return row < tones.size() ? tones.get(row) : "";
        }
    }

    /** A PNG image with its pixel size and a caption. */
    record Image(byte[] png, int width, int height, String caption) implements Block {}
}
