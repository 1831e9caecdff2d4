package org.threatloom.metamodel.interop;

/**
 * A file from another tool cannot be imported. Names the place: the file, the line and column where the parser knows
 * them, and the JSON pointer (or XML path) of the offending value. The message is for the modeler, never a stack trace.
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final int column;
    private final String pointer;

    public ImportException(String file, int line, int column, String pointer, String message) {
        super(message);
        this.file = file;
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.pointer = pointer == null ? "" : pointer;
    }

    public ImportException(String file, String message) {
        this(file, 0, 0, "", message);
    }

    public String file() { return file; }

    /** 1-based line, or 0 when unknown. */
    public int line() { return line; }

    /** 1-based column, or 0 when unknown. */
    public int column() { return column; }

    /** JSON pointer (or XML element path) of the offending value, or "" when the problem is the whole file. */
    public String pointer() { return pointer; }

    /** {@code file:line:column: pointer: message}, the form editors and CI logs link to. */
    public String describe() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) sb.append(':').append(line);
        if (column > 0) sb.append(':').append(column);
        sb.append(": ");
        if (!pointer.isEmpty()) sb.append(pointer).append(": ");
        return sb.append(getMessage()).toString();
    }

    @Override
    public String toString() { return describe(); }
}
