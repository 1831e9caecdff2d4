package org.threatloom.compliance.profile;

import org.eclipse.emf.ecore.EClass;
import org.threatloom.catalog.rules.expr.Expr;

/**
 * A model-property condition of a mapping, written in the threat catalog's condition language and type-checked
 * against the metamodel when the profile loads. The elements it looks at are the elements of type {@code on} (YAML key
 * {@code element}) in the assessed scope (zone, conduit, component or product) for which {@code where} holds; each of
 * them must satisfy {@code require}. In {@code appliesWhen} only {@code where} is used: the requirement applies when some element
 * matches.
 *
 * @param suffices whether a check that holds on at least one element is by itself evidence that the requirement is
 *                 implemented (otherwise it is a necessary condition: a violation counts against, a pass alone does
 *                 not count for)
 */
public record ModelCheck(EClass on, String where, Expr whereExpr, String require, Expr requireExpr, String says, boolean suffices) {

    /** Short form for messages: {@code Device where userAccounts: not defaultCredentials}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(on.getName());
        if (where != null) sb.append(" where ").append(where);
        if (require != null) sb.append(": ").append(require);
        return sb.toString();
    }
}
