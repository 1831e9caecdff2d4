package org.threatloom.evidence;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threatloom.evidence.docx.DocxWriter;
import org.threatloom.evidence.html.HtmlWriter;
import org.threatloom.evidence.pack.ReportInputs;
import org.threatloom.evidence.report.Document;
import org.threatloom.evidence.report.Outlines;
import org.threatloom.evidence.report.ReportContext;
import org.threatloom.evidence.xlsx.CellText;
import org.threatloom.evidence.xlsx.XlsxWriter;
import org.w3c.dom.NodeList;

/**
 * Robustness case 7: names such as {@code <script>}, {@code "><svg onload=...>}, {@code [[${T(java.lang.Runtime)}]]},
 * {@code =HYPERLINK(...)} and {@code +cmd|' /C calc'!A0} appear literally in the HTML and the DOCX, are never markup
 * or an evaluated expression, and never start a formula in the XLSX.
 */
class InjectionNamesStayLiteralTest {
    static ReportInputs in;
    static ReportContext ctx;

    @BeforeAll
    static void inputs() {
        in = Fixtures.hostile();
        ctx = new ReportContext(in);
    }

    @Test
    void htmlShowsHostileNamesAsTextAndHasNoElementOrExpressionFromThem() throws Exception {
        for (String profile : in.assessments().keySet()) {
            String html = HtmlWriter.write(Outlines.of(ctx, profile));
            assertFalse(html.contains("<script"), profile + ": no script element");
            assertFalse(html.contains("<svg"), profile + ": no svg element");
            assertTrue(html.contains("&lt;script&gt;"), profile + ": the script name escaped");
            var dbf = DocumentBuilderFactory.newInstance();
            dbf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            var dom = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            String text = dom.getDocumentElement().getTextContent();
            for (String name : Fixtures.HOSTILE) assertTrue(text.contains(name), profile + ": literal " + name);
            assertTrue(text.contains("../../etc/passwd"), profile + ": model name literal");
            NodeList scripts = dom.getElementsByTagName("script");
            assertEquals(0, scripts.getLength(), profile);
            assertEquals(0, dom.getElementsByTagName("svg").getLength(), profile);
            NodeList all = dom.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                var attributes = all.item(i).getAttributes();
                for (int j = 0; j < attributes.getLength(); j++) {
                    String a = attributes.item(j).getNodeName().toLowerCase(java.util.Locale.ROOT);
                    assertFalse(a.startsWith("on"), profile + ": event attribute " + a + " on " + all.item(i).getNodeName());
                }
            }
        }
    }

    @Test
    void docxShowsHostileNamesAsPlainText() throws Exception {
        for (String profile : in.assessments().keySet()) {
            Document d = Outlines.of(ctx, profile);
            byte[] docx = DocxWriter.write(d);
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
                String text = ex.getText();
                for (String name : Fixtures.HOSTILE) assertTrue(text.contains(name), profile + ": literal " + name);
                assertTrue(text.contains("../../etc/passwd"), profile);
            }
            String xml = DocxText.entry(docx, "word/document.xml");
            assertFalse(xml.contains("<script"), profile);
            assertFalse(xml.contains("<w:fldSimple") || xml.contains("<w:instrText"), profile + ": no field codes");
        }
    }

    @Test
    void noSpreadsheetCellIsAFormulaAndDangerousTextIsQuoted() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(XlsxWriter.write(in)))) {
            int quoted = 0;
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        assertNotEquals(CellType.FORMULA, c.getCellType(), s.getSheetName() + "!" + c.getAddress());
                        if (c.getCellType() != CellType.STRING) continue;
                        String v = c.getStringCellValue();
                        assertFalse(CellText.dangerous(v), s.getSheetName() + "!" + c.getAddress() + " starts a formula: " + v);
                        if (v.startsWith("'")) {
                            quoted++;
                            assertTrue(c.getCellStyle().getQuotePrefixed(), "quote-prefixed style on " + c.getAddress());
                        }
                    }
                }
            }
            assertTrue(quoted >= 4, "the hostile names were quoted: " + quoted);
            java.util.Set<String> all = new java.util.HashSet<>();
            for (Row r : wb.getSheet("Requirements")) if (r.getCell(3) != null) all.add(r.getCell(3).getStringCellValue());
            assertTrue(all.contains("'" + Fixtures.HYPERLINK) || all.contains("'" + Fixtures.MINUS), "zone names kept, behind an apostrophe: " + all);
        }
    }

    @Test
    void cellTextNeutralisesEveryFormulaLead() {
        for (String s : new String[] {"=1+1", "+1", "-1", "@A1", "\t=1", "\r=1", "\n=1", "\uFF1D1"}) {
            assertTrue(CellText.safe(s).startsWith("'"), s);
            assertFalse(CellText.dangerous(CellText.safe(s)), s);
        }
        assertEquals("Press PLC", CellText.safe("Press PLC"));
        assertTrue(CellText.safe("x".repeat(40_000)).length() < 32_767);
    }
}
