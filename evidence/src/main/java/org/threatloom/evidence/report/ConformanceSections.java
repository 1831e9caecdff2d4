package org.threatloom.evidence.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.threatloom.catalog.derive.ThreatFinding;
import org.threatloom.compliance.assess.Assessment;
import org.threatloom.compliance.assess.Evidence;
import org.threatloom.compliance.assess.Finding;
import org.threatloom.compliance.assess.RequirementResult;
import org.threatloom.compliance.assess.TargetResult;
import org.threatloom.compliance.assess.Verdict;
import org.threatloom.compliance.sl.GapItem;
import org.threatloom.compliance.sl.SlGap;
import org.threatloom.evidence.pack.ProofResults;
import org.threatloom.model.Level;

/** The requirement-by-requirement conformance statement and the open gaps of one profile's assessment. */
public final class ConformanceSections {
    private ConformanceSections() {}

    public static String counts(Map<Verdict, Integer> c) {
        return c.get(Verdict.SATISFIED) + " satisfied, " + c.get(Verdict.PARTIALLY) + " partially, " + c.get(Verdict.NOT_SATISFIED) + " not satisfied, "
                + c.get(Verdict.NOT_APPLICABLE) + " not applicable";
    }

    /** Introduction: profile, edition, copyright, totals. */
    public static void intro(DocBuilder d, Assessment a) {
        d.p(a.profileTitle() + " (" + a.profileVersion() + "). " + a.targets().size() + " assessed target(s); " + counts(a.counts()) + "."
                + (a.slOverride() == null ? "" : " Assessed against a uniform SL-T " + a.slOverride() + " (--sl)."));
        d.note("Verdicts, justifications and evidence are the compliance assessment's (profile SHA-256 " + a.profileSha256() + "). " + a.copyright());
    }

    /**
     * One subsection per target with its SL line and a table of its requirements. Requirements not selected at the
     * target's SL-T are counted, not listed (the XLSX matrix lists them); {@code only} narrows the rows further (CRA parts).
     */
    public static void statement(DocBuilder d, Assessment a, Predicate<RequirementResult> only) {
        for (TargetResult t : a.targets()) {
            d.h3(heading(t));
            if (t.sl() != null) {
                d.p("SL-T " + t.sl().target() + "; SL-A " + t.sl().achieved() + (t.sl().claimed() == null ? "" : "; SL-C claimed " + t.sl().claimed())
                        + (t.sl().gaps().isEmpty() ? "; no gap." : "; gaps in " + t.sl().gaps().stream().map(g -> g.fr().name()).toList() + "."));
            }
            DocBuilder.TableBuilder tb = d.table("Conformance", "Requirement", "Verdict", "Justification", "Evidence").widths(3, 2, 6, 6);
            int notSelected = 0;
            for (RequirementResult r : t.requirements()) {
                if (!only.test(r)) continue;
                if (!r.selected()) {
                    notSelected++;
                    continue;
                }
                String verdict = r.status().key() + (r.applicability().key().equals("does-not-apply") ? "\n(does not apply)" : "")
                        + (r.contested() ? "\n[SL contested]" : "");
                tb.toned(tone(r.status()), r.requirementId() + "\n" + r.title(), verdict, Text.or(r.justification(), "") + remedies(r.remedies()),
                        evidence(r.evidence()));
            }
            tb.end("No requirement of this part applies to this target.");
            if (notSelected > 0) d.note(notSelected + " requirement(s) not selected at this SL-T (listed in the requirement matrix of the XLSX).");
        }
    }

    public static String heading(TargetResult t) {
        return capital(t.kind()) + " " + t.id() + " '" + Text.clean(t.name()) + "'" + (t.componentType() == null ? "" : " (" + t.componentType()
                + (t.zoneId() == null ? "" : ", in " + t.zoneId()) + ")");
    }

    /** SL gaps, unmet requirements, findings about the evidence, open threats at or above the threshold and unproved theorems. */
    public static void gaps(DocBuilder d, ReportContext ctx, Assessment a) {
        DocBuilder.TableBuilder sl = d.table("Security-level gaps", "Target", "FR", "SL-T / SL-A", "Closed by").widths(2, 1, 1, 6);
        for (TargetResult t : a.targets()) {
            if (t.sl() == null) continue;
            for (SlGap g : t.sl().gaps()) {
                List<String> items = new ArrayList<>();
                for (GapItem i : g.closedBy()) {
                    items.add((i.requirementId() != null ? i.requirementId() + " (from SL " + i.minSl() + ")" : "component " + i.componentId()) + ": "
                            + Text.clean(i.reason()) + remedies(i.remedies()));
                }
                sl.toned("bad", t.id(), g.fr().name() + " " + g.fr().abbr(), g.target() + " / " + g.achieved(), String.join("\n", items));
            }
        }
        if (a.targets().stream().anyMatch(t -> t.sl() != null)) sl.end("SL-A reaches SL-T on every FR of every target.");
        DocBuilder.TableBuilder open = d.table("Requirements not (fully) met", "Target", "Requirement", "Verdict", "Remedies in the model").widths(2, 4, 1, 3);
        for (TargetResult t : a.targets()) {
            for (RequirementResult r : t.requirements()) {
                if (!r.selected() || (r.status() != Verdict.NOT_SATISFIED && r.status() != Verdict.PARTIALLY)) continue;
                open.toned(tone(r.status()), t.id(), r.requirementId() + " " + r.title(), r.status().key(),
                        r.remedies().isEmpty() ? "none planned" : String.join(", ", r.remedies()));
            }
        }
        open.end("Every selected requirement is satisfied or does not apply.");
        DocBuilder.TableBuilder f = d.table("Findings about the evidence", "Finding", "Target / requirement", "Message").widths(2, 2, 6);
        for (Finding x : a.findings()) f.toned("partial", x.code(), Text.or(x.targetId(), "") + (x.requirementId() == null ? "" : " " + x.requirementId()), x.message());
        f.end("The assessment reports no problem with the evidence itself.");
        Level threshold = ctx.inputs().model().getRiskThreshold() == null ? Level.HIGH : ctx.inputs().model().getRiskThreshold();
        List<ThreatFinding> high = ctx.inputs().analysis().openAtLeast(threshold);
        DocBuilder.TableBuilder th = d.table("Open threats at or above the risk threshold (" + threshold.getLiteral() + ")", "Threat", "Risk", "Title")
                .widths(4, 1, 5);
        for (ThreatFinding t : high) th.toned("bad", t.id(), t.risk().getLiteral(), t.title());
        th.end("No open threat at or above the risk threshold.");
        List<String> unproved = new ArrayList<>();
        for (ProofResults.ProofResult r : ctx.inputs().proofs().results()) if (!"proved".equals(r.verdict())) unproved.add(r.theorem() + ": " + r.verdict());
        if (!unproved.isEmpty()) {
            d.p("Theorems without a proof:");
            d.bullets(unproved);
        }
    }

    /**
     * Evidence as references (role, type, id and a short label): the documents stay readable at 10,000 rows; the
     * full detail of every item is in the XLSX matrix and the OSCAL assessment results.
     */
    static String evidence(List<Evidence> list) {
        StringBuilder sb = new StringBuilder();
        for (Evidence e : list) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(e.role().key()).append(": ").append(e.type().key()).append(' ').append(e.id());
            if (e.label() != null && !e.label().isEmpty() && !e.label().equals(e.id())) sb.append(" '").append(shorten(e.label(), 70)).append('\'');
        }
        return sb.toString();
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    static String remedies(List<String> remedies) {
        return remedies.isEmpty() ? "" : "\nRemedies in the model: " + String.join(", ", remedies);
    }

    public static String tone(Verdict v) {
        return switch (v) {
            case SATISFIED -> "ok";
            case PARTIALLY -> "partial";
            case NOT_SATISFIED -> "bad";
            case NOT_APPLICABLE -> "na";
        };
    }

    static String capital(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
