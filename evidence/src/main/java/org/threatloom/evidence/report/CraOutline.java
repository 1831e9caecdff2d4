package org.threatloom.evidence.report;

import java.util.List;
import java.util.stream.Collectors;

import org.threatloom.compliance.assess.Assessment;
import org.threatloom.evidence.pack.Versions;
import org.threatloom.model.Component;
import org.threatloom.model.OtaUpdateService;
import org.threatloom.model.SystemModel;

/**
 * The CRA technical documentation, in the structure of Regulation (EU) 2024/2847 Annex VII (1)-(8) (headings are
 * paraphrases from shared/compliance-sources/eu-cra-2024-2847.yaml; EU legal text may be reused). Each item is filled
 * from the model and the pack, or says plainly what the manufacturer must attach.
 */
final class CraOutline {
    private CraOutline() {}

    static Document of(ReportContext ctx, Assessment a) {
        SystemModel m = ctx.inputs().model();
        DocBuilder d = new DocBuilder();
        Outlines.front(d, ctx, a);
        d.note("Structure: Annex VII (technical documentation). The cybersecurity risk assessment (Art. 13(3)) is item 3; the conformance "
                + "statement there gives, for every Annex I point, \"applies, and how\" or a justified \"does not apply\" as assessed.");
        d.h1("General description of the product (Annex VII (1))");
        d.h2("Intended purpose (1(a))");
        ModelSections.systemDescription(d, ctx);
        d.h2("Software versions affecting compliance (1(b))");
        DocBuilder.TableBuilder sw = d.table("Software versions", "Component", "Vendor / product", "Software version").widths(3, 3, 2);
        for (Component c : m.getComponents()) {
            if (c.getSoftwareVersion() == null && c.getProduct() == null) continue;
            sw.row(c.getName() + " [" + c.getId() + "]", Text.or(c.getVendor(), "") + " " + Text.or(c.getProduct(), ""), Text.or(c.getSoftwareVersion(), "(not stated)"));
        }
        sw.end("The model states no product or software versions: attach them.");
        d.h2("External features, marking and internal layout (1(c))");
        ModelSections.architecture(d, ctx);
        d.h2("User information and instructions, Annex II (1(d))");
        ModelSections.attestations(d, ctx, List.of("customer-education", "documentation:", "maintenance-information", "end-of-support-notice"),
                "No attestation covers the Annex II user information: attach it.");
        d.h1("Design, development, production and vulnerability handling (Annex VII (2))");
        d.h2("Design and system architecture (2(a))");
        ModelSections.zonesAndConduits(d, ctx);
        d.h2("Vulnerability handling: SBOM, disclosure policy, contact, secure updates (2(b))");
        ModelSections.attestations(d, ctx, List.of("sbom", "vulnerability", "security-update", "update-notification", "security-advisories"),
                "No attestation covers vulnerability handling: the Annex I Part II statement below shows what is missing.");
        String ota = m.getComponents().stream().filter(c -> c instanceof OtaUpdateService).map(c -> c.getName() + " [" + c.getId() + "]")
                .collect(Collectors.joining(", "));
        d.p(ota.isEmpty() ? "The model has no update service." : "Update services in the model: " + ota + ".");
        d.h3("Annex I Part II: vulnerability handling requirements");
        ConformanceSections.statement(d, a, r -> r.requirementId().startsWith("CRA-AI-P2"));
        d.h2("Production and monitoring processes (2(c))");
        ModelSections.supplyChain(d, ctx);
        d.h1("Cybersecurity risk assessment (Annex VII (3), Art. 13)");
        ConformanceSections.intro(d, a);
        d.h2("Threat register");
        ThreatSections.threatRegister(d, ctx);
        d.h2("Applicability and implementation of Annex I Part I (and Art. 13/14 obligations)");
        ConformanceSections.statement(d, a, r -> !r.requirementId().startsWith("CRA-AI-P2"));
        d.h2("Decision log");
        ModelSections.decisionLog(d, ctx);
        d.h1("Support period (Annex VII (4), Art. 13(8))");
        d.p(m.getSupportPeriodMonths() > 0 ? "The model states a support period of " + m.getSupportPeriodMonths() + " months."
                : "The model states no support period.");
        ModelSections.attestations(d, ctx, List.of("support-period"), "No attestation records how the support period was determined.");
        d.h1("Standards and specifications applied (Annex VII (5))");
        DocBuilder.TableBuilder st = d.table("Profiles assessed in this pack", "Profile", "Edition", "Profile file SHA-256").widths(4, 4, 3);
        for (Versions.ProfileVersion p : ctx.inputs().versions().profiles()) st.row(p.title(), p.version(), p.sha256());
        st.end(null);
        d.note("No harmonised standard under the CRA is cited yet; the IEC 62443 assessments above are the solutions adopted, per requirement.");
        d.h1("Test reports (Annex VII (6))");
        ThreatSections.proofSummary(d, ctx);
        d.p("The machine-readable assessment results are in the pack (oscal/cra/assessment-results.json) with the SARIF threat report.");
        d.h1("EU declaration of conformity (Annex VII (7))");
        d.p("Not generated by ThreatLoom: attach a copy of the signed EU declaration of conformity (Annex V).");
        d.h1("Software bill of materials (Annex VII (8))");
        ModelSections.attestations(d, ctx, List.of("sbom", "asset-inventory"), "No attestation records an SBOM.");
        d.h1("Open gaps");
        ConformanceSections.gaps(d, ctx, a);
        d.plainH1("Provenance");
        ModelSections.provenance(d, ctx);
        return Outlines.document(ctx, a, d);
    }
}
