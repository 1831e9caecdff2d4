package org.threatloom.metamodel.validation;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.threatloom.metamodel.query.Labels;
import org.threatloom.model.Classification;
import org.threatloom.model.Component;
import org.threatloom.model.Conduit;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.CountermeasureStatus;
import org.threatloom.model.CryptoKey;
import org.threatloom.model.DataAsset;
import org.threatloom.model.DataFlow;
import org.threatloom.model.DebugPort;
import org.threatloom.model.Device;
import org.threatloom.model.ModelElement;
import org.threatloom.model.NetworkPath;
import org.threatloom.model.SecurityLevelVector;
import org.threatloom.model.SystemModel;
import org.threatloom.model.Threat;
import org.threatloom.model.Zone;

/** What a modeler gets wrong that the metamodel's multiplicities cannot say. One method per concern. */
final class DomainRules {
    private DomainRules() {}

    static void check(SystemModel model, Consumer<Finding> out) {
        java.util.Map<String, EObject> ids = new java.util.HashMap<>();
        for (EObject o : ModelValidator.all(model)) {
            if (o instanceof ModelElement e && (e.getId() == null || e.getId().isBlank())) {
                out.accept(error(o, "has no id: every element needs a unique id (it becomes the xmi:id)"));
            } else if (o instanceof ModelElement e) {
                EObject first = ids.putIfAbsent(e.getId(), o);
                if (first != null) out.accept(error(o, "has the same id as " + Labels.of(first) + ": ids must be unique"));
            }
            references(model, o, out);
            if (o instanceof DataFlow f) flow(f, out);
            else if (o instanceof CryptoKey k) key(k, out);
            else if (o instanceof Zone z) zone(z, out);
            else if (o instanceof Conduit c) conduit(c, out);
            else if (o instanceof DataAsset d) data(d, out);
            else if (o instanceof Countermeasure c) countermeasure(c, out);
            else if (o instanceof Threat t) threat(t, out);
            else if (o instanceof NetworkPath p) path(p, out);
            if (o instanceof Component c) component(c, out);
        }
    }

    /** Every reference must point into this model: anything else is dangling (deleted, or from another model). */
    private static void references(SystemModel model, EObject o, Consumer<Finding> out) {
        for (org.eclipse.emf.ecore.util.EContentsEList.FeatureIterator<EObject> it =
                (org.eclipse.emf.ecore.util.EContentsEList.FeatureIterator<EObject>) o.eCrossReferences().iterator(); it.hasNext();) {
            EObject target = it.next();
            if (target != model && !org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(model, target)) {
                out.accept(error(o, "has a dangling reference '" + it.feature().getName() + "' to " + Labels.of(target)
                        + ", which is not part of the model"));
            }
        }
    }

    private static void flow(DataFlow f, Consumer<Finding> out) {
        // a missing source or target is reported by EMF's multiplicity check ("required feature 'source' ... must be set")
        if (f.getSource() != null && f.getSource() == f.getTarget()) out.accept(warning(f, "flows from an element to itself"));
        if (f.getAuditedBy() != null && !f.getAuditedBy().getCovers().contains(f)) {
            out.accept(warning(f, "is audited by " + Labels.of(f.getAuditedBy()) + ", but that audit trail does not list it in 'covers'"));
        }
    }

    private static void key(CryptoKey k, Consumer<Finding> out) {
        if (k.getCustodian() == null) out.accept(error(k, "has no custodian: say which party holds and controls this key"));
        if (k.getStoredIn() == null) out.accept(warning(k, "has no storage location (storedIn): KMS, HSM, TEE, secure element or device"));
    }

    private static void zone(Zone z, Consumer<Finding> out) {
        if (z.getSlTarget() == null) out.accept(error(z, "has no SL-T: set the target security level per FR (slTarget)"));
        else levels(z, "SL-T", z.getSlTarget(), out);
        Set<Zone> visited = new HashSet<>();
        for (Zone p = z.getParent(); p != null; p = p.getParent()) {
            if (p == z || !visited.add(p)) {
                out.accept(error(z, "is nested in itself (the parent chain of zones has a cycle)"));
                break;
            }
        }
    }

    private static void conduit(Conduit c, Consumer<Finding> out) {
        if (c.getZones().size() < 2) out.accept(error(c, "connects " + c.getZones().size() + " zone(s): a conduit connects at least two zones"));
        if (c.getSlTarget() == null) out.accept(warning(c, "has no SL-T: the conduit inherits nothing, set slTarget"));
        else levels(c, "SL-T", c.getSlTarget(), out);
    }

    private static void data(DataAsset d, Consumer<Finding> out) {
        if (d.getOwner() == null) {
            boolean classified = d.getClassification().getValue() >= Classification.CONFIDENTIAL_VALUE;
            Finding f = classified ? error(d, "is " + d.getClassification() + " but has no owner: say who owns it")
                    : warning(d, "has no owner");
            out.accept(f);
        }
    }

    private static void countermeasure(Countermeasure c, Consumer<Finding> out) {
        if (c.getSlCapability() < 0 || c.getSlCapability() > 4) {
            out.accept(error(c, "has SL capability " + c.getSlCapability() + ": must be 0-4"));
        }
        boolean inForce = c.getStatus() == CountermeasureStatus.IMPLEMENTED || c.getStatus() == CountermeasureStatus.VERIFIED;
        if (inForce && c.getProtects().isEmpty()) out.accept(warning(c, "is implemented but protects nothing: set protects"));
    }

    private static void threat(Threat t, Consumer<Finding> out) {
        if (t.getTarget() == null) out.accept(error(t, "has no target element"));
    }

    private static void path(NetworkPath p, Consumer<Finding> out) {
        if (p.getSharesInfrastructureWith().contains(p)) out.accept(error(p, "shares infrastructure with itself"));
    }

    private static void component(Component c, Consumer<Finding> out) {
        if (c.getSlCapability() != null) levels(c, "SL-C", c.getSlCapability(), out);
        if (c.eContainer() instanceof SystemModel && c.getZone() == null) {
            out.accept(warning(c, "is in no zone: zone-based checks (SL-T, data-flow policy) will skip it"));
        }
        if (c instanceof DebugPort port && port.getKind() == null) out.accept(warning(c, "debug port without kind"));
        if (c instanceof Device d && d.isDefaultCredentials() && d.getAuthMethods().contains(org.threatloom.model.DeviceAuthMethod.UNIQUE_PASSWORD)) {
            out.accept(warning(c, "claims both default credentials and unique passwords"));
        }
    }

    private static void levels(EObject owner, String what, SecurityLevelVector v, Consumer<Finding> out) {
        int[] values = {v.getIac(), v.getUc(), v.getSi(), v.getDc(), v.getRdf(), v.getTre(), v.getRa()};
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || values[i] > 4) {
                out.accept(error(owner, what + " for FR" + (i + 1) + " is " + values[i] + ": security levels are 0-4"));
            }
        }
    }

    static Finding error(EObject o, String message) {
        return finding(Finding.Severity.ERROR, o, Labels.of(o) + " " + message);
    }

    static Finding warning(EObject o, String message) {
        return finding(Finding.Severity.WARNING, o, Labels.of(o) + " " + message);
    }

    static Finding finding(Finding.Severity severity, EObject o, String message) {
        String id = o == null ? null : ModelValidator.idOf(o);
        String type = o == null ? null : o.eClass().getName();
        String name = o == null ? null : Labels.name(o);
        return new Finding(severity, id, type, name, message);
    }
}
