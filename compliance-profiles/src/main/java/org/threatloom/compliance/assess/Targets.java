package org.threatloom.compliance.assess;

import java.util.ArrayList;
import java.util.List;

import org.threatloom.compliance.profile.ProfileScope;
import org.threatloom.compliance.sl.SlVector;
import org.threatloom.metamodel.query.ModelIndex;
import org.threatloom.model.Component;
import org.threatloom.model.Conduit;
import org.threatloom.model.ModelElement;
import org.threatloom.model.SystemModel;
import org.threatloom.model.Zone;

/** The targets of a profile in a model, in model order, with the SL-T each is assessed against. */
final class Targets {
    private Targets() {}

    static List<Target> of(ProfileScope scope, SystemModel model, ModelIndex index, Integer slOverride, boolean levels) {
        List<Target> out = new ArrayList<>();
        switch (scope) {
            case ZONE -> {
                for (Zone z : model.getZones()) out.add(new Target("zone", z, null, z, target(SlVector.of(z.getSlTarget()), slOverride, levels), null));
                for (Conduit c : model.getConduits()) {
                    out.add(new Target("conduit", c, null, null, target(SlVector.of(c.getSlTarget()), slOverride, levels), null));
                }
            }
            case COMPONENT -> {
                for (ModelElement e : index.elements()) {
                    if (!(e instanceof Component c) || !ComponentTypes.assessedAlone(c)) continue;
                    Zone z = ModelIndex.effectiveZone(c);
                    SlVector claimed = SlVector.of(c.getSlCapability());
                    SlVector t = target(z == null ? null : SlVector.of(z.getSlTarget()), slOverride, levels);
                    out.add(new Target("component", c, ComponentTypes.of(c), z, t, claimed));
                }
            }
            case PRODUCT -> out.add(new Target("product", model, null, null, null, null));
        }
        return out;
    }

    private static SlVector target(SlVector own, Integer override, boolean levels) {
        if (!levels) return null;
        if (override != null) return SlVector.uniform(override);
        return own;
    }
}
