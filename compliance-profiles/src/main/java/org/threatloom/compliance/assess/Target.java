package org.threatloom.compliance.assess;

import org.threatloom.compliance.sl.SlVector;
import org.threatloom.model.ModelElement;
import org.threatloom.model.Zone;

/**
 * What one set of requirement results is about.
 *
 * @param kind     zone, conduit, component or product
 * @param slTarget SL-T to assess against (null when the profile has no levels or none is known)
 * @param claimed  a component's declared SL-C, else null
 */
record Target(String kind, ModelElement element, String componentType, Zone zone, SlVector slTarget, SlVector claimed) {

    String id() {
        return element.getId();
    }
}
