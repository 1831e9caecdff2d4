package org.threatloom.evidence;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threatloom.catalog.derive.ThreatFinding;
import org.threatloom.compliance.assess.Assessment;
import org.threatloom.compliance.assess.RequirementResult;
import org.threatloom.evidence.docx.DocxWriter;
import org.threatloom.evidence.pack.ReportInputs;
import org.threatloom.evidence.report.Outlines;
import org.threatloom.evidence.report.ReportContext;
import org.threatloom.evidence.xlsx.XlsxWriter;

/** POI re-reads the DOCX and XLSX of the smart-factory pack, and they say what the model, the threats and the assessments say. */
class DocumentsContainWhatTheModelSaysTest {
    static ReportInputs in;
    static ReportContext ctx;

    @BeforeAll
    static void inputs() {
        in = Fixtures.factory();
        ctx = new ReportContext(in);
    }

    @Test
    void eachProfilesDocxNamesEveryZoneComponentThreatAndSelectedRequirement() throws Exception {
        for (String profile : in.assessments().keySet()) {
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxWriter.write(Outlines.of(ctx, profile))));
                 XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
                String text = ex.getText();
                for (String name : Fixtures.names(in)) assertTrue(text.contains(name), profile + ": missing " + name);
                for (ThreatFinding t : in.analysis().threats()) assertTrue(text.contains(t.id()), profile + ": missing threat " + t.id());
                Assessment a = in.assessments().get(profile);
                for (RequirementResult r : a.requirements()) {
                    if (r.selected()) assertTrue(text.contains(r.requirementId() + "\n" + r.title()) || text.contains(r.requirementId()), profile + ": " + r.requirementId());
                }
                assertTrue(text.contains("attack-paths") && text.contains("counterexample"), profile + ": proof summary");
                assertEquals(1, doc.getAllPictures().size(), profile + ": the architecture diagram");
                Set<String> styles = new HashSet<>();
                for (XWPFParagraph p : doc.getParagraphs()) if (p.getStyle() != null) styles.add(p.getStyle());
                assertTrue(styles.containsAll(List.of("Title", "Heading1", "Heading2", "Heading3", "Caption")), profile + ": " + styles);
                for (String style : List.of("Heading1", "Heading2", "Heading3")) {
                    assertNotNull(doc.getStyles().getStyle(style), style + " defined");
                    assertTrue(doc.getStyles().getStyle(style).getCTStyle().getPPr().isSetOutlineLvl(), style + " has an outline level");
                }
                assertEquals(in.asOf().toEpochMilli(), doc.getProperties().getCoreProperties().getCreated().getTime(), "created is the pack date");
            }
        }
    }

    @Test
    void craDocumentFollowsAnnexSevenAndTheOthersTheCertificationOutline() throws Exception {
        String cra = text("cra");
        int last = -1;
        for (String item : List.of("Annex VII (1)", "Annex VII (2)", "Annex VII (3)", "Annex VII (4)", "Annex VII (5)", "Annex VII (6)", "Annex VII (7)",
                "Annex VII (8)")) {
            int at = cra.indexOf(item, last + 1);
            assertTrue(at > last, "CRA document has " + item + " after the previous item");
            last = at;
        }
        String sr = text("iec62443-3-3");
        last = sr.indexOf("Provenance"); // the last entry of the contents list: the body starts after it
        for (String section : List.of("1 System description", "2 Architecture", "3 Zones and conduits", "4 Threat register", "5 Proof summary",
                "6 Conformance statement", "7 Open gaps", "8 Decision log")) {
            int at = sr.indexOf(section, last + 1);
            assertTrue(at > last, section + " in order");
            last = at;
        }
    }

    @Test
    void xlsxHasTheWholeRequirementMatrixAndThreatRegisterWithFiltersAndFrozenHeaders() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(XlsxWriter.write(in)))) {
            for (String name : List.of("Summary", "Requirements", "SL", "Threats", "Proofs", "Decisions", "Findings")) {
                XSSFSheet s = wb.getSheet(name);
                assertNotNull(s, name);
                assertTrue(s.getCTWorksheet().isSetAutoFilter(), name + " has a filter");
                assertNotNull(s.getPaneInformation(), name + " has a pane");
                assertTrue(s.getPaneInformation().isFreezePane(), name + " header frozen");
                assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition(), name + " first row frozen");
            }
            XSSFSheet req = wb.getSheet("Requirements");
            int expected = in.assessments().values().stream().mapToInt(a -> a.requirements().size()).sum();
            assertEquals(expected, req.getLastRowNum(), "one row per requirement result");
            Set<String> ids = column(req, 5);
            for (Assessment a : in.assessments().values()) for (RequirementResult r : a.requirements()) assertTrue(ids.contains(r.requirementId()), r.requirementId());
            Set<String> threats = column(wb.getSheet("Threats"), 0);
            for (ThreatFinding t : in.analysis().threats()) assertTrue(threats.contains(t.id()), t.id());
            Set<String> targets = column(req, 3);
            for (var z : in.model().getZones()) assertTrue(targets.contains(z.getName()), z.getName());
        }
    }

    static String text(String profile) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxWriter.write(Outlines.of(ctx, profile))));
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            return ex.getText();
        }
    }

    static Set<String> column(XSSFSheet s, int col) {
        Set<String> out = new HashSet<>();
        for (Row r : s) {
            Cell c = r.getCell(col);
            if (c != null) out.add(c.toString());
        }
        return out;
    }
}
