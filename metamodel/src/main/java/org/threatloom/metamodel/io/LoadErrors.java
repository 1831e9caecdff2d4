package org.threatloom.metamodel.io;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.xml.sax.SAXParseException;

/** Turns what EMF and the XML parser throw into one {@link ModelLoadException} a modeler can act on. */
final class LoadErrors {
    private LoadErrors() {}

    static ModelLoadException translate(String file, Resource resource, Throwable thrown) {
        // an unknown metamodel explains every later error; otherwise the first recorded diagnostic is the root cause
        for (Resource.Diagnostic d : resource.getErrors()) {
            if (d instanceof PackageNotFoundException) return new ModelLoadException(file, d.getLine(), d.getColumn(), message(d));
        }
        for (Resource.Diagnostic d : resource.getErrors()) {
            return new ModelLoadException(file, d.getLine(), d.getColumn(), message(d));
        }
        Throwable t = thrown;
        while (t != null) {
            if (t instanceof SAXParseException sax) {
                return new ModelLoadException(file, sax.getLineNumber(), sax.getColumnNumber(), saxMessage(sax));
            }
            if (t instanceof Resource.Diagnostic d) return new ModelLoadException(file, d.getLine(), d.getColumn(), message(d));
            if (t.getCause() == t) break;
            t = t.getCause();
        }
        String reason = thrown == null ? "unreadable model" : rootMessage(thrown);
        return new ModelLoadException(file, 0, 0, "cannot read model: " + reason);
    }

    static void rejectProxies(String file, EObject root) throws ModelLoadException {
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            checkNoProxy(file, it.next());
        }
        checkNoProxy(file, root);
    }

    private static void checkNoProxy(String file, EObject object) throws ModelLoadException {
        for (EObject target : object.eCrossReferences()) {
            if (target.eIsProxy()) {
                throw new ModelLoadException(file, 0, 0, "external reference not allowed: '"
                        + EcoreUtil.getURI(target) + "' (from " + describe(object) + ")");
            }
        }
    }

    private static String describe(EObject o) {
        Object id = EcoreUtil.getID(o);
        return o.eClass().getName() + (id == null ? "" : " [" + id + "]");
    }

    private static String message(Resource.Diagnostic d) {
        if (d instanceof HardenedXmiHandler.LocatedError located) return located.plainMessage();
        if (d instanceof PackageNotFoundException p) {
            return "unknown metamodel '" + p.uri() + "'";
        }
        if (d instanceof ClassNotFoundException c) {
            return "unknown element type '" + c.getName() + "'";
        }
        if (d instanceof FeatureNotFoundException f) {
            return "unknown property '" + f.getName() + "'" + onObject(f.getObject());
        }
        if (d instanceof UnresolvedReferenceException u) {
            EStructuralFeature feature = u.getFeature();
            return "dangling reference: no element with id '" + u.getReference() + "'"
                    + (feature == null ? "" : " (property '" + feature.getName() + "')");
        }
        if (d instanceof IllegalValueException v) {
            return "illegal value '" + v.getValue() + "' for property '" + v.getFeature().getName() + "'"
                    + onObject(v.getObject());
        }
        String m = d.getMessage();
        if (d instanceof Throwable t && t.getCause() instanceof SAXParseException sax) return saxMessage(sax);
        return m == null ? d.getClass().getSimpleName() : m;
    }

    private static String onObject(Object o) {
        return o instanceof EObject e ? " on " + e.eClass().getName() : "";
    }

    private static String saxMessage(SAXParseException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("DOCTYPE")) return "DOCTYPE not allowed";
        if (m.contains("entity") && m.contains("limit")) return "entity expansion limit exceeded";
        return "malformed XML: " + m;
    }

    private static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) r = r.getCause();
        if (r instanceof SAXParseException sax) return saxMessage(sax);
        String m = r.getMessage();
        return m == null ? r.getClass().getSimpleName() : m;
    }
}
