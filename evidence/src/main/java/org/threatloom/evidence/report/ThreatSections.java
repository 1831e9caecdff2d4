package org.threatloom.evidence.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.threatloom.catalog.derive.Analysis;
import org.threatloom.catalog.derive.ThreatFinding;
import org.threatloom.evidence.pack.ProofResults;
import org.threatloom.metamodel.query.Labels;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.Level;
import org.threatloom.model.ThreatStatus;

/** The threat register and the proof summary. */
public final class ThreatSections {
    /** Counterexamples shown per theorem in the documents (the XLSX lists all). */
    static final int MAX_COUNTEREXAMPLES = 10;

    private ThreatSections() {}

    public static void threatRegister(DocBuilder d, ReportContext ctx) {
        Analysis a = ctx.inputs().analysis();
        Map<ThreatStatus, Integer> byStatus = new EnumMap<>(ThreatStatus.class);
        a.threats().forEach(t -> byStatus.merge(t.status(), 1, Integer::sum));
        d.p(a.threats().size() + " threats derived by " + a.rules() + " rules (" + a.checks() + " element-rule checks) or recorded in the model; "
                + a.open().size() + " open. By status: " + byStatus.entrySet().stream().map(e -> e.getKey().getLiteral() + " " + e.getValue())
                        .collect(Collectors.joining(", ")) + ". Risk = likelihood x impact (" + a.riskMatrix() + ").");
        DocBuilder.TableBuilder t = d.table("Threat register", "Threat", "Title", "Element", "STRIDE", "Risk (L/I)", "Status", "Mitigation / decision",
                "References").widths(4, 4, 3, 2, 2, 2, 3, 2);
        for (ThreatFinding f : a.threats()) {
            t.toned(tone(f), f.id(), f.title(), Labels.of(f.element()), f.stride() == null ? "" : f.stride().getLiteral(),
                    f.risk().getLiteral() + " (" + f.likelihood().getLiteral() + "/" + f.impact().getLiteral() + ")"
                            + (f.feasibility() == null ? "" : "\nfeasibility " + f.feasibility().name()),
                    f.status().getLiteral(), mitigation(f), String.join(", ", f.references()));
        }
        t.end("No threats were derived and none is recorded in the model.");
    }

    static String mitigation(ThreatFinding f) {
        List<String> parts = new ArrayList<>();
        for (Countermeasure c : f.mitigatedBy()) parts.add(c.getId() + " (" + c.getKind().getLiteral() + ")");
        if (f.decidedBy() != null) parts.add("decision " + f.decidedBy());
        if (f.justification() != null && !f.justification().isEmpty()) parts.add(f.justification());
        return String.join("\n", parts);
    }

    static String tone(ThreatFinding f) {
        if (!f.open()) return "ok";
        return f.risk().getValue() >= Level.HIGH.getValue() ? "bad" : "partial";
    }

    public static void proofSummary(DocBuilder d, ReportContext ctx) {
        ProofResults p = ctx.inputs().proofs();
        d.p("Sufficiency theorems checked by the formal checker (Alloy/Kodkod). Source of the records: " + p.origin() + ". Proved "
                + p.count("proved") + ", counterexample " + p.count("counterexample") + ", timeout " + p.count("timeout") + ", not run "
                + p.count(ProofResults.NOT_RUN) + ".");
        DocBuilder.TableBuilder t = d.table("Proof summary", "Theorem", "Verdict", "What it states", "Record / detail").widths(2, 1, 5, 3);
        for (ProofResults.ProofResult r : p.results()) {
            t.toned(proofTone(r.verdict()), r.theorem(), r.verdict(), r.meaning(), (r.recordId() == null ? "" : r.recordId() + "\n") + Text.or(r.detail(), ""));
        }
        t.end(null);
        for (ProofResults.ProofResult r : p.results()) {
            int n = 0;
            for (ProofResults.Counterexample c : r.counterexamples()) {
                if (++n > MAX_COUNTEREXAMPLES) {
                    d.note((r.counterexamples().size() - MAX_COUNTEREXAMPLES) + " more counterexample(s) to " + r.theorem() + " (all in the proof sheet of the XLSX).");
                    break;
                }
                d.h3("Counterexample " + n + " to " + r.theorem());
                d.p(Text.or(c.summary(), "The checker found a model instance that violates the theorem."));
                if (c.path().isEmpty()) {
                    d.note("The record names no elements: the counterexample counts against every scope.");
                } else {
                    DocBuilder.TableBuilder path = d.table("Counterexample path", "Step", "Element").widths(1, 8);
                    int i = 1;
                    for (String id : c.path()) path.toned("bad", String.valueOf(i++), ctx.label(id));
                    path.end(null);
                }
                if (!c.threats().isEmpty()) d.note("Threats involved: " + String.join(", ", c.threats()));
                d.bullets(c.details());
            }
        }
    }

    static String proofTone(String verdict) {
        return switch (verdict) {
            case "proved" -> "ok";
            case "counterexample" -> "bad";
            case "timeout" -> "partial";
            default -> "na";
        };
    }
}
