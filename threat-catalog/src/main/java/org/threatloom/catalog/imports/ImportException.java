package org.threatloom.catalog.imports;

/** The upstream data is not what the importer expects; the message names the object and the problem. */
public final class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
