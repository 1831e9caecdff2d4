package org.threatloom.evidence.html;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.threatloom.evidence.report.Block;

/**
 * A block as the Thymeleaf template reads it (getters for the expression language). Every string is plain text
 * that the template writes with {@code th:text} (escaped), never as markup.
 */
public final class HtmlView {
    static final int CHUNK = 40;
    private final Block block;

    HtmlView(Block block) {
        this.block = block;
    }

    public String getKind() {
        if (block instanceof Block.Heading) return "heading";
        if (block instanceof Block.Paragraph) return "paragraph";
        if (block instanceof Block.Bullets) return "bullets";
        if (block instanceof Block.Table) return "table";
        return "image";
    }

    public int getLevel() {
        return block instanceof Block.Heading h ? Math.min(3, Math.max(1, h.level())) : 0;
    }

    public String getText() {
        if (block instanceof Block.Heading h) return h.text();
        if (block instanceof Block.Paragraph p) return p.text();
        return "";
    }

    public String getAnchor() {
        return block instanceof Block.Heading h ? h.anchor() : null;
    }

    public String getParagraphClass() {
        return block instanceof Block.Paragraph p && p.note() ? "note" : "text";
    }

    public List<String> getItems() {
        return block instanceof Block.Bullets b ? b.items() : List.of();
    }

    public String getCaption() {
        if (block instanceof Block.Table t) return t.caption() == null ? "" : t.caption();
        if (block instanceof Block.Image i) return i.caption();
        return "";
    }

    public List<String> getHeaders() {
        return block instanceof Block.Table t ? t.headers() : List.of();
    }

    /** "width: 12.5%" per column, from the table's weights. */
    public List<String> getColumnStyles() {
        if (!(block instanceof Block.Table t)) return List.of();
        int sum = t.widths().stream().mapToInt(w -> Math.max(1, w)).sum();
        List<String> out = new ArrayList<>();
        for (int w : t.widths()) out.add(String.format(Locale.ROOT, "width: %.1f%%", 100.0 * Math.max(1, w) / sum));
        return out;
    }

    /**
     * The rows in chunks of {@value #CHUNK}, each rendered as its own table with the header row: the header repeats
     * down a long table on screen and on every PDF page without the PDF renderer's table pagination, which made a
     * 10,000-row PDF 2.5 times slower.
     */
    public List<List<Row>> getChunks() {
        List<Row> rows = getRows();
        List<List<Row>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += CHUNK) out.add(rows.subList(i, Math.min(rows.size(), i + CHUNK)));
        return out;
    }

    public List<Row> getRows() {
        if (!(block instanceof Block.Table t)) return List.of();
        List<Row> out = new ArrayList<>(t.rows().size());
        for (int i = 0; i < t.rows().size(); i++) out.add(new Row(t.tone(i), t.rows().get(i)));
        return out;
    }

    /** The PNG as a data URI (the HTML stays one self-contained file). */
    public String getSrc() {
        return block instanceof Block.Image i ? "data:image/png;base64," + Base64.getEncoder().encodeToString(i.png()) : "";
    }

    /** The image's width, at most the page width. */
    public String getImageStyle() {
        return block instanceof Block.Image i ? "width: " + Math.min(100, Math.max(10, i.width() * 100 / 1600)) + "%" : "";
    }

    /** A table row: tone class and cells. */
    public static final class Row {
        private final String tone;
        private final List<String> cells;

        Row(String tone, List<String> cells) {
            this.tone = tone == null || tone.isEmpty() ? "plain" : tone;
            this.cells = cells;
        }

        public String getTone() {
            return tone;
        }

        public List<String> getCells() {
            return cells;
        }
    }
}
