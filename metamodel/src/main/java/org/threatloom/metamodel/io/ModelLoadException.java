package org.threatloom.metamodel.io;

/**
 * A model file could not be loaded. Always names the file and, where the parser knows it, the line and column;
 * the message is meant for the modeler, never a stack trace.
 */
public final class ModelLoadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final int column;

    public ModelLoadException(String file, int line, int column, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public ModelLoadException(String file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = 0;
        this.column = 0;
    }

    public String file() { return file; }

    /** 1-based line, or 0 when unknown. */
    public int line() { return line; }

    /** 1-based column, or 0 when unknown. */
    public int column() { return column; }

    /** {@code file:line:column: message}, the form editors and CI logs link to. */
    public String describe() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) sb.append(':').append(line);
        if (column > 0) sb.append(':').append(column);
        return sb.append(": ").append(getMessage()).toString();
    }

    @Override
    public String toString() { return describe(); }
}
