package org.threatloom.compliance.assess;

import org.eclipse.emf.ecore.EObject;
import org.threatloom.model.Application;
import org.threatloom.model.AuditTrail;
import org.threatloom.model.Broker;
import org.threatloom.model.Component;
import org.threatloom.model.Compute;
import org.threatloom.model.Device;
import org.threatloom.model.Hsm;
import org.threatloom.model.IdentityProvider;
import org.threatloom.model.KeyManagementService;
import org.threatloom.model.NetworkNode;
import org.threatloom.model.OtaUpdateService;
import org.threatloom.model.Property;
import org.threatloom.model.Workstation;

/**
 * The IEC 62443-4-2 component type of a model component: software application (SAR), embedded device (EDR), host
 * device (HDR) or network device (NDR), or null when it is not assessed as an IACS component (cloud environments,
 * external systems, storage, buses, and parts such as chips, firmware and operating systems, which are assessed with
 * the component they are part of).
 *
 * <p>Defaults: Device and its subtypes (including Gateway) and Hsm -> EDR; NetworkNode -> NDR; Workstation and Compute
 * -> HDR; Application, Broker, OtaUpdateService, IdentityProvider, KeyManagementService and AuditTrail -> SAR. A
 * component property {@value #PROPERTY} (SAR, EDR, HDR, NDR or none) overrides the default.
 */
public final class ComponentTypes {
    public static final String PROPERTY = "iec62443.componentType";

    private ComponentTypes() {}

    public static String of(Component c) {
        for (Property p : c.getProperties()) {
            if (PROPERTY.equals(p.getKey()) && p.getValue() != null) {
                String v = p.getValue().trim().toUpperCase(java.util.Locale.ROOT);
                return switch (v) {
                    case "SAR", "EDR", "HDR", "NDR" -> v;
                    default -> null;
                };
            }
        }
        if (c instanceof Device || c instanceof Hsm) return "EDR";
        if (c instanceof NetworkNode) return "NDR";
        if (c instanceof Workstation || c instanceof Compute) return "HDR";
        if (c instanceof Application || c instanceof Broker || c instanceof OtaUpdateService || c instanceof IdentityProvider
                || c instanceof KeyManagementService || c instanceof AuditTrail) {
            return "SAR";
        }
        return null;
    }

    /** Whether the component is assessed on its own: it has a type and no enclosing component has one. */
    public static boolean assessedAlone(Component c) {
        if (of(c) == null) return false;
        for (EObject o = c.eContainer(); o instanceof Component parent; o = o.eContainer()) {
            if (of(parent) != null) return false;
        }
        return true;
    }
}
