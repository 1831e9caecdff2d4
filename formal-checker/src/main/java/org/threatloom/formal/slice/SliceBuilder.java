package org.threatloom.formal.slice;

import org.eclipse.emf.ecore.EObject;
import org.threatloom.catalog.derive.ThreatFinding;
import org.threatloom.formal.theorems.Theorem;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.CryptoKey;
import org.threatloom.model.DataFlow;
import org.threatloom.model.ModelElement;
import org.threatloom.model.Node;
import org.threatloom.model.Zone;

/**
 * Adds elements to a slice together with what the shared vocabulary navigates from them, so that no slicer
 * can forget it: an element comes with the components it is part of and a flow with its conduit ({@code within}
 * in common.als: what a countermeasure protecting it covers); a threat comes with its element and the
 * countermeasures a decision names; protection comes as every countermeasure protecting anything in
 * {@code within}.
 */
final class SliceBuilder {
    final ModelFacts facts;
    final Slice slice;

    SliceBuilder(ModelFacts facts, Theorem theorem, String subject) {
        this.facts = facts;
        this.slice = new Slice(theorem, subject);
    }

    /** The element, the components it is nested in and, for a flow, its conduit. */
    SliceBuilder element(EObject e) {
        if (!(e instanceof ModelElement)) return this;
        if (e instanceof Countermeasure c) {
            slice.countermeasures.add(c);
            return this;
        }
        for (EObject o : ModelFacts.containers(e)) slice.elements.add(o);
        if (e instanceof DataFlow f && f.getConduit() != null) slice.elements.add(f.getConduit());
        return this;
    }

    /** An element, its within-chain and every countermeasure protecting any of it (for {@code inForce}). */
    SliceBuilder protectedElement(EObject e) {
        element(e);
        for (EObject o : ModelFacts.containers(e)) for (Countermeasure c : facts.protecting(o)) slice.countermeasures.add(c);
        if (e instanceof DataFlow f && f.getConduit() != null) for (Countermeasure c : facts.protecting(f.getConduit())) slice.countermeasures.add(c);
        return this;
    }

    /** Threats on the element (only significant ones when asked) with what can mitigate them. */
    SliceBuilder threatsOn(EObject e, boolean significantOnly) {
        boolean any = false;
        for (ThreatFinding t : facts.threatsOn(e)) {
            if (significantOnly && !facts.significant(t)) continue;
            threat(t);
            any = true;
        }
        if (any) protectedElement(e);
        return this;
    }

    SliceBuilder threat(ThreatFinding t) {
        slice.threats.add(t);
        protectedElement(t.element());
        for (Countermeasure c : t.mitigatedBy()) slice.countermeasures.add(c);
        return this;
    }

    /** A node with its effective zone (zones are compared, so both sides must be present). */
    SliceBuilder nodeWithZone(Node n) {
        if (n == null) return this;
        element(n);
        Zone z = org.threatloom.metamodel.query.ModelIndex.effectiveZone(n);
        if (z != null) element(z);
        return this;
    }

    /** A key, its wrapping chain and where each is stored (with that place's zone), for {@code ownerHeld}. */
    SliceBuilder keyChain(CryptoKey k) {
        for (int guard = 0; k != null && guard < 32; k = k.getWrappedBy(), guard++) {
            element(k);
            if (k.getStoredIn() != null) {
                protectedElement(k.getStoredIn());
                nodeWithZone(k.getStoredIn());
            }
        }
        return this;
    }

    Slice build() {
        return slice;
    }
}
