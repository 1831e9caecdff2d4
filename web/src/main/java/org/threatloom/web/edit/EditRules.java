package org.threatloom.web.edit;

import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.threatloom.model.ThreatloomPackage;

/**
 * What an edit may touch, decided from the metamodel: every changeable feature of the element's class, except
 * ids (the server assigns them), review decisions (recorded only through the decisions API, append-only), and the
 * sign-off fields of threat records and attestations (no mass assignment of who approved what).
 */
public final class EditRules {
    private static final ThreatloomPackage P = ThreatloomPackage.eINSTANCE;
    private static final Set<EStructuralFeature> SIGN_OFF = Set.of(
            P.getSystemModel_Decisions(),
            P.getThreat_Status(), P.getThreat_Justification(), P.getThreat_MitigatedBy(),
            P.getAttestation_AttestedBy(), P.getAttestation_Date());

    private EditRules() {}

    /** Null when the feature may be edited, else why not. */
    public static String refusal(EClass owner, EStructuralFeature f) {
        if (owner == P.getReviewDecision()) return "review decisions are append-only: record a new decision instead";
        if (f instanceof EAttribute a && a.isID()) return "ids are assigned by the server";
        if (!f.isChangeable() || f.isDerived() || f.isVolatile()) return "feature '" + f.getName() + "' cannot be changed";
        if (SIGN_OFF.contains(f)) return "feature '" + f.getName() + "' is a sign-off field: use the decisions API";
        if (f instanceof EReference r && r.isContainer()) return "an element's container is changed by moving it";
        return null;
    }

    /** Whether elements of this class may be created by an edit. */
    public static boolean creatable(EClass c) {
        return !c.isAbstract() && !c.isInterface() && c != P.getReviewDecision() && c != P.getSystemModel();
    }
}
