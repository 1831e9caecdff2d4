package org.threatloom.evidence.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles a blank {@link XWPFDocument} lacks: Normal, Title, Subtitle, Heading1..3 (with outline levels,
 * so Word and LibreOffice show them in the navigator and in a table of contents), Caption, Note and TableText.
 */
final class DocxStyles {
    static final String FONT = "Liberation Sans";

    private DocxStyles() {}

    static void install(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        add(styles, "Normal", "Normal", -1, 20, false, "000000", 0, 120, null);
        add(styles, "Title", "Title", -1, 40, true, "1F3864", 0, 240, "Normal");
        add(styles, "Subtitle", "Subtitle", -1, 28, false, "3A5A8C", 0, 240, "Normal");
        add(styles, "Heading1", "heading 1", 0, 32, true, "1F3864", 360, 120, "Normal");
        add(styles, "Heading2", "heading 2", 1, 26, true, "2E5597", 240, 100, "Normal");
        add(styles, "Heading3", "heading 3", 2, 22, true, "2E5597", 200, 80, "Normal");
        add(styles, "Caption", "caption", -1, 18, false, "404040", 60, 160, "Normal");
        add(styles, "Note", "Note", -1, 17, false, "595959", 0, 120, "Normal");
        add(styles, "TableText", "Table Text", -1, 16, false, "000000", 0, 0, "Normal");
    }

    /** @param outline 0-based outline level, or -1 for body text; size in half-points; spacing in twentieths of a point. */
    private static void add(XWPFStyles styles, String id, String name, int outline, int halfPoints, boolean bold, String color, int before, int after,
                            String basedOn) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (basedOn != null) s.addNewBasedOn().setVal(basedOn);
        s.addNewNext().setVal("Normal");
        s.addNewQFormat();
        if (outline >= 0) s.addNewUiPriority().setVal(BigInteger.valueOf(9));
        CTPPrGeneral p = s.addNewPPr();
        CTSpacing sp = p.addNewSpacing();
        sp.setBefore(BigInteger.valueOf(before));
        sp.setAfter(BigInteger.valueOf(after));
        if (outline >= 0) {
            p.addNewKeepNext();
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr r = s.addNewRPr();
        CTFonts f = r.addNewRFonts();
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        f.setCs(FONT);
        f.setEastAsia(FONT);
        if (bold) r.addNewB();
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        r.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        r.addNewColor().setVal(color);
        styles.addStyle(new XWPFStyle(s, styles));
    }
}
