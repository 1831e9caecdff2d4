package org.threatloom.web.edit;

/** An edit that the metamodel or the edit rules refuse; names the operation by its index. */
public final class EditException extends Exception {
    public EditException(String message) {
        super(message, null, false, false);
    }
}
