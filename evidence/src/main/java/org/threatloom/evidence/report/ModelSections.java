package org.threatloom.evidence.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.threatloom.compliance.assess.Assessment;
import org.threatloom.compliance.assess.TargetResult;
import org.threatloom.evidence.pack.ReportInputs;
import org.threatloom.evidence.pack.Versions;
import org.threatloom.metamodel.query.Labels;
import org.threatloom.metamodel.query.ModelSummary;
import org.threatloom.model.Assumption;
import org.threatloom.model.Attestation;
import org.threatloom.model.Component;
import org.threatloom.model.Conduit;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.DataFlow;
import org.threatloom.model.ModelElement;
import org.threatloom.model.ReviewDecision;
import org.threatloom.model.SecurityLevelVector;
import org.threatloom.model.Supply;
import org.threatloom.model.SystemModel;
import org.threatloom.model.Verification;
import org.threatloom.model.Zone;

/** Sections that describe the model itself: system, architecture, zones and conduits, supply chain, decisions, provenance. */
public final class ModelSections {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private ModelSections() {}

    public static void systemDescription(DocBuilder d, ReportContext ctx) {
        SystemModel m = ctx.inputs().model();
        ModelSummary s = ctx.summary();
        d.p(Text.or(m.getDescription(), "The model gives no description of the system."));
        d.table("System", "Property", "Value").widths(1, 3)
                .row("Model", Labels.of(m))
                .row("Product", Text.or(m.getProductName(), "(not stated)") + (m.getVersion() == null ? "" : ", version " + m.getVersion()))
                .row("Manufacturer", m.getManufacturer() == null ? "(not stated)" : Labels.of(m.getManufacturer()))
                .row("Support period", m.getSupportPeriodMonths() > 0 ? m.getSupportPeriodMonths() + " months" : "(not stated)")
                .row("Risk threshold", m.getRiskThreshold() == null ? "HIGH (default)" : m.getRiskThreshold().getLiteral())
                .row("Model file", ctx.inputs().modelFile() + " (SHA-256 " + ctx.inputs().modelSha256() + ")")
                .row("Elements", s.elements() + " (" + s.zones().size() + " zones, " + m.getConduits().size() + " conduits, " + m.getComponents().size()
                        + " top-level components, " + m.getFlows().size() + " data flows)")
                .end(null);
        DocBuilder.TableBuilder t = d.table("Elements by type", "Type", "Count").widths(3, 1);
        s.countsByType().forEach((k, v) -> t.row(k, String.valueOf(v)));
        t.end(null);
    }

    public static void architecture(DocBuilder d, ReportContext ctx) {
        var png = ctx.diagram();
        d.image(png.bytes(), png.width(), png.height(), "Figure 1: zones (dashed), top-level components (critical ones in red) and data flows "
                + "(red lines are not encrypted), drawn from the model");
        SystemModel m = ctx.inputs().model();
        DocBuilder.TableBuilder c = d.table("Components", "Component", "Type", "Zone", "Properties").widths(3, 2, 2, 3);
        for (Component x : m.getComponents()) {
            List<String> props = new ArrayList<>();
            if (x.isCritical()) props.add("critical");
            if (x.isInternetFacing()) props.add("internet-facing");
            if (x.getSoftwareVersion() != null) props.add("software " + x.getSoftwareVersion());
            if (!x.getParts().isEmpty()) props.add(x.getParts().size() + " part(s)");
            c.row(Labels.name(x) + " [" + x.getId() + "]", x.eClass().getName(), x.getZone() == null ? "" : Labels.name(x.getZone()), String.join(", ", props));
        }
        c.end("The model has no components.");
        DocBuilder.TableBuilder f = d.table("Data flows", "Flow", "From -> to", "Protocol", "Protection").widths(3, 4, 1, 3);
        for (DataFlow x : m.getFlows()) {
            String prot = "encryption " + lit(x.getEncryption()) + ", authentication " + lit(x.getAuthentication()) + (x.isIntegrityProtected() ? ", integrity" : "");
            f.toned(x.getEncryption() == null || "NONE".equals(x.getEncryption().getLiteral()) ? "bad" : "", Labels.name(x) + " [" + x.getId() + "]",
                    Labels.name(x.getSource()) + " -> " + Labels.name(x.getTarget()), lit(x.getProtocol()), prot);
        }
        f.end("The model has no data flows.");
    }

    /** Zones and conduits with SL-T, and SL-A where an IEC 62443-3-3 assessment of the pack computed it. */
    public static void zonesAndConduits(DocBuilder d, ReportContext ctx) {
        SystemModel m = ctx.inputs().model();
        Assessment sr = ctx.inputs().assessments().get("iec62443-3-3");
        d.note("SL vectors are FR1..FR7 (IAC UC SI DC RDF TRE RA). SL-A is "
                + (sr == null ? "computed only when the IEC 62443-3-3 profile is assessed." : "computed by the IEC 62443-3-3 assessment of this pack."));
        Map<Zone, Long> members = m.getComponents().stream().filter(c -> c.getZone() != null).collect(Collectors.groupingBy(Component::getZone, Collectors.counting()));
        DocBuilder.TableBuilder z = d.table("Zones", "Zone", "Domain / controlled by", "Clearance", "SL-T", "SL-A", "Components").widths(3, 3, 1, 2, 2, 1);
        for (Zone x : m.getZones()) {
            String sla = slA(sr, x.getId());
            z.toned(slTone(sr, x.getId()), Labels.name(x) + " [" + x.getId() + "]",
                    lit(x.getDomain()) + (x.getControlledBy() == null ? "" : " / " + Labels.name(x.getControlledBy())), lit(x.getClearance()),
                    vector(x.getSlTarget()), sla, String.valueOf(members.getOrDefault(x, 0L)));
        }
        z.end("The model has no zones.");
        DocBuilder.TableBuilder c = d.table("Conduits", "Conduit", "Zones", "SL-T", "SL-A").widths(3, 4, 2, 2);
        for (Conduit x : m.getConduits()) {
            String sla = slA(sr, x.getId());
            c.toned(slTone(sr, x.getId()), Labels.name(x) + " [" + x.getId() + "]",
                    x.getZones().stream().map(Labels::name).collect(Collectors.joining(", ")), vector(x.getSlTarget()), sla);
        }
        c.end("The model has no conduits.");
    }

    public static void supplyChain(DocBuilder d, ReportContext ctx) {
        DocBuilder.TableBuilder t = d.table("Supplies", "Supply", "Supplier", "Phase", "Parts", "Verifications").widths(2, 2, 1, 3, 3);
        for (Supply s : ctx.inputs().model().getSupplies()) {
            List<String> v = new ArrayList<>();
            for (Verification x : s.getVerifications()) v.add(lit(x.getMethod()) + " = " + lit(x.getResult()) + (x.getDate() == null ? "" : " (" + x.getDate() + ")"));
            t.toned(v.isEmpty() ? "partial" : "", s.getId(), s.getSupplier() == null ? "" : Labels.name(s.getSupplier()), lit(s.getPhase()),
                    s.getParts().stream().map(Labels::name).collect(Collectors.joining(", ")), v.isEmpty() ? "none recorded" : String.join("\n", v));
        }
        t.end("The model records no supplies.");
    }

    /** Attestations whose topic starts with one of {@code topics} (all when empty). */
    public static void attestations(DocBuilder d, ReportContext ctx, List<String> topics, String empty) {
        DocBuilder.TableBuilder t = d.table("Attestations", "Attestation", "Topic", "Statement", "Attested by / date", "Evidence").widths(2, 2, 5, 2, 2);
        for (Attestation a : ctx.inputs().model().getAttestations()) {
            String topic = a.getTopic() == null ? "" : a.getTopic();
            if (!topics.isEmpty() && topics.stream().noneMatch(topic::startsWith)) continue;
            t.row(Labels.name(a) + " [" + a.getId() + "]", topic, Text.or(a.getStatement(), "(no statement)"),
                    Text.or(a.getAttestedBy(), "") + (a.getDate() == null ? "" : ", " + a.getDate()), Text.or(a.getEvidence(), ""));
        }
        t.end(empty);
    }

    /** Review decisions (superseded ones included, marked), assumptions and planned countermeasures. */
    public static void decisionLog(DocBuilder d, ReportContext ctx) {
        SystemModel m = ctx.inputs().model();
        DocBuilder.TableBuilder t = d.table("Review decisions", "Decision", "Threat", "Verdict", "Rationale", "Decided by / at", "Countermeasures").widths(2, 3, 1, 4, 2, 2);
        java.util.Set<ReviewDecision> superseded = new java.util.HashSet<>();
        for (ReviewDecision r : m.getDecisions()) if (r.getSupersedes() != null) superseded.add(r.getSupersedes());
        for (ReviewDecision r : m.getDecisions()) {
            String who = Text.or(r.getDecidedBy(), "") + (r.getDecidedAt() == null ? "" : ", " + r.getDecidedAt())
                    + (r.getParticipants().isEmpty() ? "" : "\nwith " + String.join(", ", r.getParticipants()));
            String verdict = lit(r.getDecision()) + (superseded.contains(r) ? " (superseded)" : "") + (r.getSupersedes() == null ? "" : "\nsupersedes " + r.getSupersedes().getId());
            t.toned(superseded.contains(r) ? "na" : "", r.getId(), Text.or(r.getThreatId(), ""), verdict, Text.or(r.getRationale(), "(no rationale)"), who,
                    r.getCountermeasures().stream().map(ModelElement::getId).collect(Collectors.joining(", ")));
        }
        t.end("The model records no review decisions: every derived threat keeps the status its countermeasures give it.");
        DocBuilder.TableBuilder a = d.table("Assumptions", "Assumption", "Statement", "Status", "About").widths(2, 5, 1, 3);
        for (Assumption x : m.getAssumptions()) {
            a.row(Labels.name(x) + " [" + x.getId() + "]", Text.or(x.getStatement(), ""), lit(x.getStatus()),
                    x.getAbout().stream().map(ModelElement::getId).collect(Collectors.joining(", ")));
        }
        a.end("The model records no assumptions.");
        DocBuilder.TableBuilder c = d.table("Countermeasures", "Countermeasure", "Kind", "Status", "SL capability", "Protects").widths(3, 2, 1, 1, 3);
        for (Countermeasure x : m.getCountermeasures()) {
            c.toned("IMPLEMENTED".equals(lit(x.getStatus())) ? "ok" : "partial", Labels.name(x) + " [" + x.getId() + "]", lit(x.getKind()), lit(x.getStatus()),
                    x.getSlCapability() > 0 ? String.valueOf(x.getSlCapability()) : "", x.getProtects().stream().map(ModelElement::getId).collect(Collectors.joining(", ")));
        }
        c.end("The model records no countermeasures.");
    }

    public static void provenance(DocBuilder d, ReportContext ctx) {
        ReportInputs in = ctx.inputs();
        Versions v = in.versions();
        d.p("Every statement in this document is rendered from the inputs below; the threats come from the threat catalog's rules, the proof verdicts "
                + "from the formal checker and the conformance verdicts from the compliance profiles. The document itself decides nothing.");
        DocBuilder.TableBuilder t = d.table("Provenance", "Input", "Version").widths(2, 5)
                .row("ThreatLoom", v.tool())
                .row("Model", in.modelFile() + ", SHA-256 " + in.modelSha256())
                .row("Evidence date", DAY.format(in.asOf()) + " (from the inputs, not the clock)")
                .row("Threat rules", v.rules() + " rules; risk matrix " + v.riskMatrix())
                .row("Proof records", in.proofs().origin());
        v.catalogs().forEach((k, x) -> t.row("Catalog " + k, x));
        for (Versions.ProfileVersion p : v.profiles()) t.row("Profile " + p.id(), p.version() + ", SHA-256 " + p.sha256());
        t.end(null);
    }

    static String slA(Assessment sr, String targetId) {
        if (sr == null) return "";
        TargetResult t = sr.target(targetId);
        return t == null || t.sl() == null ? "" : t.sl().achieved().toString();
    }

    static String vector(SecurityLevelVector v) {
        if (v == null) return "not set";
        return v.getIac() + " " + v.getUc() + " " + v.getSi() + " " + v.getDc() + " " + v.getRdf() + " " + v.getTre() + " " + v.getRa();
    }

    /** ok when SL-A reaches SL-T on every FR, bad when some FR falls short, "" when not computed. */
    static String slTone(Assessment sr, String targetId) {
        TargetResult t = sr == null ? null : sr.target(targetId);
        if (t == null || t.sl() == null) return "";
        return t.sl().gaps().isEmpty() ? "ok" : "bad";
    }

    static String lit(Object enumLiteral) {
        return enumLiteral == null ? "" : enumLiteral.toString();
    }

    /** An enum literal as text ("" for none). */
    public static String literal(Object enumLiteral) {
        return lit(enumLiteral);
    }
}
