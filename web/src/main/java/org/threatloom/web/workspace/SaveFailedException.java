package org.threatloom.web.workspace;

/** Saving failed (disk full, read-only, ...): the change was undone in memory and the stored revision is intact. */
public final class SaveFailedException extends Exception {
    public SaveFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
