package org.threatloom.evidence.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Appends blocks to a document, numbering level-1 and level-2 headings. */
public final class DocBuilder {
    private final List<Block> blocks = new ArrayList<>();
    private int h1, h2;

    public DocBuilder h1(String text) {
        h1++;
        h2 = 0;
        blocks.add(new Block.Heading(1, h1 + " " + text, anchor("s" + h1 + "-" + text)));
        return this;
    }

    public DocBuilder h2(String text) {
        h2++;
        blocks.add(new Block.Heading(2, h1 + "." + h2 + " " + text, anchor("s" + h1 + "-" + h2 + "-" + text)));
        return this;
    }

    public DocBuilder h3(String text) {
        blocks.add(new Block.Heading(3, text, anchor("h" + blocks.size() + "-" + text)));
        return this;
    }

    /** A level-1 heading without a number (appendices, front matter). */
    public DocBuilder plainH1(String text) {
        blocks.add(new Block.Heading(1, text, anchor("x-" + text)));
        return this;
    }

    public DocBuilder p(String text) {
        blocks.add(new Block.Paragraph(Text.clean(text)));
        return this;
    }

    public DocBuilder note(String text) {
        blocks.add(new Block.Paragraph(Text.clean(text), true));
        return this;
    }

    public DocBuilder bullets(List<String> items) {
        if (!items.isEmpty()) blocks.add(new Block.Bullets(items.stream().map(Text::clean).toList()));
        return this;
    }

    public DocBuilder image(byte[] png, int w, int h, String caption) {
        blocks.add(new Block.Image(png, w, h, caption));
        return this;
    }

    public DocBuilder add(Block b) {
        blocks.add(b);
        return this;
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** A table under construction. */
    public TableBuilder table(String caption, String... headers) {
        return new TableBuilder(this, caption, Arrays.asList(headers));
    }

    public static final class TableBuilder {
        private final DocBuilder doc;
        private final String caption;
        private final List<String> headers;
        private List<Integer> widths = List.of();
        private final List<List<String>> rows = new ArrayList<>();
        private final List<String> tones = new ArrayList<>();

        TableBuilder(DocBuilder doc, String caption, List<String> headers) {
            this.doc = doc;
            this.caption = caption;
            this.headers = headers;
        }

        public TableBuilder widths(Integer... w) {
            widths = Arrays.asList(w);
            return this;
        }

        public TableBuilder row(String... cells) {
            return toned("", cells);
        }

        public TableBuilder toned(String tone, String... cells) {
            List<String> r = new ArrayList<>(cells.length);
            for (String c : cells) r.add(Text.clean(c));
            rows.add(r);
            tones.add(tone == null ? "" : tone);
            return this;
        }

        public int size() {
            return rows.size();
        }

        /** Adds the table, or {@code empty} as a note when it has no rows. */
        public DocBuilder end(String empty) {
            if (rows.isEmpty()) return empty == null ? doc : doc.note(empty);
            List<Integer> w = widths.size() == headers.size() ? widths : headers.stream().map(h -> 1).toList();
            doc.blocks.add(new Block.Table(caption, headers, w, rows, tones));
            return doc;
        }
    }

    static String anchor(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) sb.append(c);
            else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') sb.append('-');
            if (sb.length() >= 48) break;
        }
        String a = sb.toString().replaceAll("-+$", "");
        return a.isEmpty() ? "s" : a;
    }
}
