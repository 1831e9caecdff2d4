package org.threatloom.web.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.threatloom.catalog.derive.Analysis;
import org.threatloom.catalog.rules.RuleSet;
import org.threatloom.evidence.pack.PackWriter;
import org.threatloom.evidence.pack.Proofs;
import org.threatloom.evidence.pack.ReportAssembler;
import org.threatloom.evidence.pack.ReportInputs;
import org.threatloom.formal.check.CheckOptions;
import org.threatloom.model.SystemModel;

/**
 * The evidence pack of a model (the evidence module's writers: DOCX, XLSX, HTML, OSCAL, SARIF, manifest, and on request
 * the PDFs) as one ZIP, with the formal check run within a budget. The web module only assembles the inputs and zips what comes back.
 */
final class EvidencePack {
    private EvidencePack() {}

    static byte[] zip(SystemModel model, String modelId, Analysis analysis, RuleSet rules, long checkBudgetMs, boolean pdf) throws Exception {
        Proofs proofs = ReportAssembler.check(model, analysis, CheckOptions.defaults().withBudget(checkBudgetMs).withThreads(1));
        ReportInputs in = new ReportAssembler(rules).assemble(model, modelId + ".tlm", analysis, List.of(), proofs, null,
                "web", Instant.now());
        PackWriter.Pack pack = PackWriter.build(in, PackWriter.Options.defaults(modelId + ".tlm").withPdf(pdf).withThreads(1));
        return zip(pack.files());
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : new TreeMap<>(files).entrySet()) {
                z.putNextEntry(new ZipEntry(f.getKey()));
                z.write(f.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
