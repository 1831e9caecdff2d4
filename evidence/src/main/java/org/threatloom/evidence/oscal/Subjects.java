package org.threatloom.evidence.oscal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.threatloom.compliance.assess.Assessment;
import org.threatloom.compliance.assess.TargetResult;
import org.threatloom.compliance.assess.Verdict;
import org.threatloom.evidence.report.ReportContext;
import org.threatloom.model.SystemModel;

/**
 * The OSCAL components of one assessment: the system itself ("this-system") and one component per assessed zone,
 * conduit or component, with stable UUIDs; and how a verdict reads in OSCAL's vocabulary (the crosswalk in
 * shared/compliance-sources/evidence-expectations.yaml; a translation of words, not a verdict).
 */
final class Subjects {
    private final ReportContext ctx;
    private final Map<String, String> uuids = new LinkedHashMap<>();

    Subjects(ReportContext ctx, Assessment a) {
        this.ctx = ctx;
        for (TargetResult t : a.targets()) uuids.put(t.id(), uuidOf(t));
    }

    String system() {
        SystemModel m = ctx.inputs().model();
        return OscalIds.uuid("component", m.getId(), "this-system");
    }

    /** The component UUID of a target; the product target is the system itself. */
    String of(TargetResult t) {
        return uuids.get(t.id());
    }

    private String uuidOf(TargetResult t) {
        if ("product".equals(t.kind())) return system();
        return OscalIds.uuid("component", ctx.inputs().model().getId(), t.kind(), t.id());
    }

    /** SSP system-component type. */
    String sspType(TargetResult t) {
        return switch (t.kind()) {
            case "product" -> "this-system";
            case "zone", "conduit" -> "network";
            default -> elementType(t.id());
        };
    }

    /** Component-definition component type (its list has no "network" or "this-system"). */
    String definitionType(TargetResult t) {
        return switch (t.kind()) {
            case "conduit" -> "interconnection";
            case "zone" -> "service";
            case "product" -> "software";
            default -> elementType(t.id());
        };
    }

    private String elementType(String id) {
        EObject o = ctx.element(id);
        String c = o == null ? "" : o.eClass().getName();
        return switch (c) {
            case "Application", "OperatingSystem", "FirmwareImage" -> "software";
            case "PublicCloudService", "PrivateCloud", "Compute", "Storage", "KeyManagementService", "IdentityProvider", "OtaUpdateService", "Broker" -> "service";
            default -> "hardware";
        };
    }

    /** SSP/component-definition implementation state, or null when OSCAL has no word for it (not satisfied, nothing planned). */
    static String implementationState(Verdict v, boolean remedies) {
        return switch (v) {
            case SATISFIED -> "implemented";
            case PARTIALLY -> "partial";
            case NOT_APPLICABLE -> "not-applicable";
            case NOT_SATISFIED -> remedies ? "planned" : null;
        };
    }
}
