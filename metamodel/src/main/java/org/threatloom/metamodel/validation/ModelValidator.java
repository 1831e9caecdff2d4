package org.threatloom.metamodel.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.threatloom.metamodel.query.Labels;
import org.threatloom.model.ModelElement;
import org.threatloom.model.SystemModel;
import org.threatloom.model.ThreatloomPackage;

/**
 * Validates a model: EMF's structural checks (required features, multiplicities, dangling references, unique
 * ids) followed by the domain rules in {@link DomainRules}. Every message names the element it is about.
 */
public final class ModelValidator {

    private ModelValidator() {}

    public static ValidationReport validate(SystemModel model) {
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        BasicDiagnostic diagnostics = new BasicDiagnostic();
        Diagnostician diagnostician = new LabelledDiagnostician();
        Map<Object, Object> context = diagnostician.createDefaultContext();
        diagnostician.validate(model, diagnostics, context);
        collect(diagnostics, findings, seen);
        DomainRules.check(model, f -> {
            if (seen.add(f.severity() + f.message())) findings.add(f);
        });
        findings.sort(Comparator.comparing(Finding::severity));
        return new ValidationReport(findings);
    }

    private static void collect(Diagnostic d, List<Finding> out, Set<String> seen) {
        boolean coveredByDomainRules = EObjectValidator.DIAGNOSTIC_SOURCE.equals(d.getSource())
                && (d.getCode() == EObjectValidator.EOBJECT__UNIQUE_ID || d.getCode() == EObjectValidator.EOBJECT__EVERY_REFERENCE_IS_CONTAINED);
        if (d.getSeverity() >= Diagnostic.WARNING && d.getChildren().isEmpty() && !coveredByDomainRules) {
            EObject subject = d.getData().isEmpty() || !(d.getData().get(0) instanceof EObject e) ? null : e;
            Finding.Severity severity = d.getSeverity() >= Diagnostic.ERROR ? Finding.Severity.ERROR : Finding.Severity.WARNING;
            Finding f = DomainRules.finding(severity, subject, d.getMessage());
            if (seen.add(f.severity() + f.message())) out.add(f);
        }
        for (Diagnostic child : d.getChildren()) collect(child, out, seen);
    }

    /** EMF's structural checks, with element labels a modeler recognises. */
    private static final class LabelledDiagnostician extends Diagnostician {
        LabelledDiagnostician() {
            super(registry());
        }

        private static EValidator.Registry registry() {
            EValidator.Registry r = new EValidatorRegistryImpl();
            r.put(ThreatloomPackage.eINSTANCE, new EObjectValidator());
            return r;
        }

        @Override
        public String getObjectLabel(EObject eObject) {
            return Labels.of(eObject);
        }
    }

    /** All elements of the model, root included. */
    static Iterable<EObject> all(SystemModel model) {
        List<EObject> out = new ArrayList<>();
        out.add(model);
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) out.add(it.next());
        return out;
    }

    static String idOf(EObject o) {
        return o instanceof ModelElement e ? e.getId() : EcoreUtil.getID(o);
    }
}
