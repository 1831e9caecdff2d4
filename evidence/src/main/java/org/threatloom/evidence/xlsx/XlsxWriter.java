package org.threatloom.evidence.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.threatloom.catalog.derive.ThreatFinding;
import org.threatloom.compliance.assess.Assessment;
import org.threatloom.compliance.assess.Evidence;
import org.threatloom.compliance.assess.Finding;
import org.threatloom.compliance.assess.RequirementResult;
import org.threatloom.compliance.assess.TargetResult;
import org.threatloom.compliance.sl.Fr;
import org.threatloom.compliance.sl.GapItem;
import org.threatloom.compliance.sl.SlGap;
import org.threatloom.evidence.pack.ProofResults;
import org.threatloom.evidence.pack.ReportInputs;
import org.threatloom.evidence.pack.Versions;
import org.threatloom.evidence.pack.Zips;
import org.threatloom.metamodel.query.Labels;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.ModelElement;
import org.threatloom.model.ReviewDecision;

/**
 * The requirement matrix and the threat register as one workbook (streamed with SXSSF): Summary, Requirements (every
 * requirement on every target of every profile, selected or not), SL (SL-T/SL-A per FR), Threats, Proofs, Decisions and
 * Findings. Every sheet has a frozen, filtered header row; every text is a text cell that cannot start a formula
 * ({@link CellText}).
 */
public final class XlsxWriter {
    private XlsxWriter() {}

    public static byte[] write(ReportInputs in) {
        XSSFWorkbook base = new XSSFWorkbook();
        properties(base, in);
        SXSSFWorkbook wb = new SXSSFWorkbook(base, 500, false, false);
        try {
            Sheet.Styles styles = styles(wb);
            summary(wb, styles, in);
            requirements(wb, styles, in);
            levels(wb, styles, in);
            threats(wb, styles, in);
            proofs(wb, styles, in);
            decisions(wb, styles, in);
            findings(wb, styles, in);
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            wb.write(out);
            return Zips.normalize(out.toByteArray(), in.asOf());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write XLSX", e);
        } finally {
            wb.dispose();
            try {
                wb.close();
            } catch (IOException e) {
                // in-memory workbook: nothing to release
            }
        }
    }

    private static void summary(SXSSFWorkbook wb, Sheet.Styles st, ReportInputs in) {
        Sheet s = new Sheet(wb, st, "Summary", new String[] {"Item", "Value"}, new int[] {34, 120});
        Versions v = in.versions();
        s.row().text("Model").text(Labels.of(in.model()));
        s.row().text("Model file").text(in.modelFile());
        s.row().text("Model SHA-256").text(in.modelSha256());
        s.row().text("Evidence date").text(in.asOf().toString());
        s.row().text("ThreatLoom").text(v.tool());
        v.catalogs().forEach((k, x) -> s.row().text("Catalog " + k).text(x));
        s.row().text("Rules").number(v.rules());
        s.row().text("Threats").number(in.analysis().threats().size());
        s.row().text("Open threats").number(in.analysis().open().size());
        s.row().text("Proof records").text(in.proofs().origin());
        for (Versions.ProfileVersion p : v.profiles()) {
            Assessment a = in.assessments().get(p.id());
            s.row().text("Profile " + p.id()).text(p.title() + "; " + p.version() + "; SHA-256 " + p.sha256());
            if (a != null) {
                s.row().text("Verdicts " + p.id()).text(a.counts().entrySet().stream().map(e -> e.getKey().key() + " " + e.getValue())
                        .collect(Collectors.joining(", ")));
            }
        }
        s.finish();
    }

    private static void requirements(SXSSFWorkbook wb, Sheet.Styles st, ReportInputs in) {
        Sheet s = new Sheet(wb, st, "Requirements", new String[] {"Profile", "Target kind", "Target", "Target name", "Component type", "Requirement",
            "Title", "Type", "FR", "Selected", "Status", "Implementation", "Applicability", "SL contested", "Justification", "Evidence", "Remedies"},
                new int[] {14, 11, 16, 28, 10, 18, 40, 10, 6, 9, 14, 14, 14, 9, 70, 70, 24});
        for (Assessment a : in.assessments().values()) {
            for (TargetResult t : a.targets()) {
                for (RequirementResult r : t.requirements()) {
                    s.row().text(a.profileId()).text(t.kind()).text(t.id()).text(t.name()).text(t.componentType()).text(r.requirementId()).text(r.title())
                            .text(r.type()).text(r.fr()).bool(r.selected()).text(r.status().key()).text(r.implementation().key())
                            .text(r.applicability().key()).bool(r.contested()).text(r.justification()).text(evidence(r.evidence()))
                            .text(String.join(", ", r.remedies()));
                }
            }
        }
        s.finish();
    }

    private static void levels(SXSSFWorkbook wb, Sheet.Styles st, ReportInputs in) {
        Sheet s = new Sheet(wb, st, "SL", new String[] {"Profile", "Target kind", "Target", "FR", "SL-T", "SL-A", "SL-C claimed", "Gap closed by"},
                new int[] {14, 11, 16, 6, 6, 6, 10, 90});
        for (Assessment a : in.assessments().values()) {
            for (TargetResult t : a.targets()) {
                if (t.sl() == null) continue;
                for (Fr fr : Fr.values()) {
                    List<String> closedBy = new ArrayList<>();
                    for (SlGap g : t.sl().gaps()) {
                        if (g.fr() != fr) continue;
                        for (GapItem i : g.closedBy()) closedBy.add(i.requirementId() != null ? i.requirementId() : "component " + i.componentId());
                    }
                    s.row().text(a.profileId()).text(t.kind()).text(t.id()).text(fr.name()).number(t.sl().target().get(fr)).number(t.sl().achieved().get(fr));
                    if (t.sl().claimed() == null) s.text("");
                    else s.number(t.sl().claimed().get(fr));
                    s.text(String.join(", ", closedBy));
                }
            }
        }
        s.finish();
    }

    private static void threats(SXSSFWorkbook wb, Sheet.Styles st, ReportInputs in) {
        Sheet s = new Sheet(wb, st, "Threats", new String[] {"Threat", "Rule", "Title", "Element id", "Element", "Element type", "STRIDE", "Likelihood",
            "Impact", "Risk", "Feasibility", "Status", "Mitigated by", "Decision", "Justification", "References", "Origin"},
                new int[] {36, 18, 50, 18, 28, 14, 8, 10, 10, 10, 10, 14, 30, 14, 40, 30, 10});
        for (ThreatFinding t : in.analysis().threats()) {
            s.row().text(t.id()).text(t.ruleId()).text(t.title()).text(t.element() instanceof ModelElement e ? e.getId() : "")
                    .text(Labels.name(t.element())).text(t.element().eClass().getName()).text(t.stride() == null ? "" : t.stride().getLiteral())
                    .text(t.likelihood().getLiteral()).text(t.impact().getLiteral()).text(t.risk().getLiteral())
                    .text(t.feasibility() == null ? "" : t.feasibility().name()).text(t.status().getLiteral())
                    .text(t.mitigatedBy().stream().map(Countermeasure::getId).collect(Collectors.joining(", "))).text(t.decidedBy())
                    .text(t.justification()).text(String.join(", ", t.references())).text(t.origin().getLiteral());
        }
        s.finish();
    }

    private static void proofs(SXSSFWorkbook wb, Sheet.Styles st, ReportInputs in) {
        Sheet s = new Sheet(wb, st, "Proofs", new String[] {"Theorem", "Verdict", "What it states", "Record", "Detail", "Counterexample", "Path",
            "Threats involved", "Violations"}, new int[] {22, 14, 60, 28, 40, 50, 40, 40, 60});
        for (ProofResults.ProofResult r : in.proofs().results()) {
            if (r.counterexamples().isEmpty()) {
                s.row().text(r.theorem()).text(r.verdict()).text(r.meaning()).text(r.recordId()).text(r.detail()).text("").text("").text("").text("");
            }
            for (ProofResults.Counterexample c : r.counterexamples()) {
                s.row().text(r.theorem()).text(r.verdict()).text(r.meaning()).text(r.recordId()).text(r.detail()).text(c.summary())
                        .text(String.join(" -> ", c.path())).text(String.join(", ", c.threats())).text(String.join("\n", c.details()));
            }
        }
        s.finish();
    }

    private static void decisions(SXSSFWorkbook wb, Sheet.Styles st, ReportInputs in) {
        Sheet s = new Sheet(wb, st, "Decisions", new String[] {"Decision", "Threat", "Verdict", "Rationale", "Decided by", "Decided at", "Participants",
            "Countermeasures", "Supersedes"}, new int[] {18, 36, 14, 60, 20, 14, 30, 24, 18});
        for (ReviewDecision r : in.model().getDecisions()) {
            s.row().text(r.getId()).text(r.getThreatId()).text(r.getDecision() == null ? "" : r.getDecision().getLiteral()).text(r.getRationale())
                    .text(r.getDecidedBy()).text(r.getDecidedAt()).text(String.join(", ", r.getParticipants()))
                    .text(r.getCountermeasures().stream().map(ModelElement::getId).collect(Collectors.joining(", ")))
                    .text(r.getSupersedes() == null ? "" : r.getSupersedes().getId());
        }
        s.finish();
    }

    private static void findings(SXSSFWorkbook wb, Sheet.Styles st, ReportInputs in) {
        Sheet s = new Sheet(wb, st, "Findings", new String[] {"Profile", "Finding", "Target", "Requirement", "Message"}, new int[] {14, 30, 16, 18, 100});
        for (Assessment a : in.assessments().values()) {
            for (Finding f : a.findings()) s.row().text(a.profileId()).text(f.code()).text(f.targetId()).text(f.requirementId()).text(f.message());
        }
        s.finish();
    }

    static String evidence(List<Evidence> list) {
        StringBuilder sb = new StringBuilder();
        for (Evidence e : list) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(e.role().key()).append(": ").append(e.type().key()).append(' ').append(e.id());
            if (e.detail() != null && !e.detail().isEmpty()) sb.append(" - ").append(e.detail());
        }
        return sb.toString();
    }

    private static Sheet.Styles styles(SXSSFWorkbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle quoted = wb.createCellStyle();
        quoted.setVerticalAlignment(VerticalAlignment.TOP);
        quoted.setQuotePrefixed(true);
        CellStyle wrap = wb.createCellStyle();
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        wrap.setWrapText(true);
        return new Sheet.Styles(header, text, quoted, wrap);
    }

    private static void properties(XSSFWorkbook wb, ReportInputs in) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        core.setTitle("Requirement matrix and threat register - " + Labels.name(in.model()));
        core.setCreator("ThreatLoom " + in.versions().tool());
        core.setLastModifiedByUser("ThreatLoom " + in.versions().tool());
        Date when = Date.from(in.asOf());
        core.setCreated(Optional.of(when));
        core.setModified(Optional.of(when));
    }
}
