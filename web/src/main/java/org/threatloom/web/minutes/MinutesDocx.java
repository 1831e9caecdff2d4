package org.threatloom.web.minutes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Workshop minutes as DOCX (Apache POI): the model, who took part, and every review decision in log order with its
 * threat, rationale, participants, countermeasures and chain hash. All text is set as plain runs, never parsed.
 */
public final class MinutesDocx {

    /** One decision line as the minutes show it. */
    public record Line(String decisionId, String threatId, String threatTitle, String element, String decision, String rationale,
                       List<String> participants, String decidedBy, String decidedAt, List<String> countermeasures,
                       String supersedes, String hash, boolean inForce) {}

    private MinutesDocx() {}

    public static byte[] write(String modelName, String revision, List<Line> lines, Map<String, Integer> summary, boolean chainIntact)
            throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            text(doc, "Design review minutes", 20, true);
            text(doc, "Model: " + modelName + " (revision " + revision + ")", 11, false);
            Set<String> people = new LinkedHashSet<>();
            for (Line l : lines) {
                people.addAll(l.participants());
                if (l.decidedBy() != null) people.add(l.decidedBy());
            }
            text(doc, "Participants: " + (people.isEmpty() ? "none recorded" : String.join(", ", people)), 11, false);
            StringBuilder s = new StringBuilder("Threats: ");
            summary.forEach((k, v) -> s.append(k).append(' ').append(v).append("; "));
            text(doc, s.toString(), 11, false);
            text(doc, "Decision log hash chain: " + (chainIntact ? "intact" : "BROKEN"), 11, false);
            text(doc, "Decisions", 14, true);
            if (lines.isEmpty()) {
                text(doc, "No decisions were recorded.", 11, false);
            } else {
                XWPFTable t = doc.createTable(1, 8);
                String[] head = {"Decision", "Threat", "Element", "Outcome", "Rationale", "Participants", "Decided", "Hash"};
                for (int i = 0; i < head.length; i++) cell(t.getRow(0), i, head[i], true);
                for (Line l : lines) {
                    XWPFTableRow r = t.createRow();
                    cell(r, 0, l.decisionId() + (l.supersedes() == null ? "" : " (supersedes " + l.supersedes() + ")")
                            + (l.inForce() ? "" : " [superseded]"), false);
                    cell(r, 1, l.threatId() + (l.threatTitle() == null ? "" : "\n" + l.threatTitle()), false);
                    cell(r, 2, nz(l.element()), false);
                    cell(r, 3, l.decision() + (l.countermeasures().isEmpty() ? "" : " with " + String.join(", ", l.countermeasures())), false);
                    cell(r, 4, nz(l.rationale()), false);
                    cell(r, 5, String.join(", ", l.participants()), false);
                    cell(r, 6, nz(l.decidedBy()) + " " + nz(l.decidedAt()), false);
                    cell(r, 7, l.hash() == null ? "" : l.hash().substring(0, Math.min(16, l.hash().length())), false);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void text(XWPFDocument doc, String s, int size, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun r = p.createRun();
        r.setBold(bold);
        r.setFontSize(size);
        r.setText(s);
    }

    private static void cell(XWPFTableRow row, int i, String s, boolean bold) {
        XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
        String[] parts = s.split("\n", -1);
        XWPFRun r = p.createRun();
        r.setBold(bold);
        r.setFontSize(9);
        for (int k = 0; k < parts.length; k++) {
            if (k > 0) r.addBreak();
            r.setText(parts[k], k);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
