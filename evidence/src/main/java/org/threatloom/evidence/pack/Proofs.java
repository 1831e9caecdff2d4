package org.threatloom.evidence.pack;

import java.util.ArrayList;
import java.util.List;

import org.threatloom.compliance.proof.ProofEvidence;
import org.threatloom.compliance.proof.ProofRecord;
import org.threatloom.compliance.proof.ProofVerdict;
import org.threatloom.compliance.proof.Theorems;
import org.threatloom.formal.result.CheckReport;
import org.threatloom.formal.result.ElementRef;
import org.threatloom.formal.result.TheoremResult;
import org.threatloom.formal.theorems.Theorem;

/**
 * Proof results in the two forms a pack needs, from one source: {@link ProofEvidence} for the compliance assessment
 * (theorem -> verdict, record id, elements on the counterexample) and {@link ProofResults} for the documents. The
 * source is a formal-checker run ({@link #of(CheckReport, String)}), the records of a {@code threatloom check --format
 * json} file read by compliance-profiles ({@link #of(ProofEvidence)}), or nothing ({@link #none()}).
 */
public record Proofs(ProofEvidence evidence, ProofResults results) {

    public static Proofs none() {
        return of(ProofEvidence.none());
    }

    /** From a {@code threatloom check} run in this process. */
    public static Proofs of(CheckReport report, String modelId) {
        List<ProofRecord> records = new ArrayList<>();
        List<ProofResults.ProofResult> results = new ArrayList<>();
        for (TheoremResult t : report.theorems()) {
            String name = t.theorem().cliName();
            String recordId = name + "@" + modelId;
            List<ProofResults.Counterexample> cxs = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (org.threatloom.formal.result.Counterexample c : t.counterexamples()) {
                List<String> path = c.path().stream().map(ElementRef::id).toList();
                cxs.add(new ProofResults.Counterexample(c.summary() == null ? "" : c.summary(), path, c.threats(), c.details()));
                for (String id : path) if (!ids.contains(id)) ids.add(id);
            }
            String verdict = t.verdict().json();
            String detail = t.slices().size() + " slice(s)" + (t.timedOut() > 0 ? ", " + t.timedOut() + " not proven within budget" : "")
                    + (t.note() == null ? "" : "; " + t.note());
            records.add(new ProofRecord(name, ProofVerdict.of(verdict), recordId, ids, verdict + ": " + detail));
            results.add(new ProofResults.ProofResult(name, t.theorem().meaning(), verdict, recordId, detail, cxs));
        }
        String origin = "formal checker run (k = " + report.k() + ", budget " + report.budgetMs() / 1000 + " s per theorem)";
        List<ProofResults.ProofResult> all = withNotRun(results);
        return new Proofs(ProofEvidence.of(origin, records), new ProofResults(origin, all));
    }

    /** From proof records (e.g. read from a check report file): one counterexample per record, its elements as the path. */
    public static Proofs of(ProofEvidence evidence) {
        List<ProofResults.ProofResult> results = new ArrayList<>();
        for (String name : Theorems.NAMES) {
            evidence.result(name).ifPresent(p -> {
                List<ProofResults.Counterexample> cxs = p.verdict() == ProofVerdict.COUNTEREXAMPLE
                        ? List.of(new ProofResults.Counterexample(p.detail() == null ? "" : p.detail(), p.elementIds(), List.of(), List.of()))
                        : List.of();
                results.add(new ProofResults.ProofResult(name, meaning(name), p.verdict().key(), p.recordId(), p.detail(), cxs));
            });
        }
        return new Proofs(evidence, new ProofResults(evidence.origin(), withNotRun(results)));
    }

    /** Every theorem of the checker, in its order; those without a result as not-run. */
    private static List<ProofResults.ProofResult> withNotRun(List<ProofResults.ProofResult> results) {
        List<ProofResults.ProofResult> out = new ArrayList<>();
        for (Theorem t : Theorem.values()) {
            ProofResults.ProofResult r = results.stream().filter(x -> x.theorem().equals(t.cliName())).findFirst().orElse(null);
            out.add(r != null ? r : new ProofResults.ProofResult(t.cliName(), t.meaning(), ProofResults.NOT_RUN, null, "no proof record", List.of()));
        }
        return out;
    }

    private static String meaning(String name) {
        Theorem t = Theorem.find(name);
        return t == null ? "" : t.meaning();
    }
}
