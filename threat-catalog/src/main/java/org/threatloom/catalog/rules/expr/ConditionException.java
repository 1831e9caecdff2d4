package org.threatloom.catalog.rules.expr;

/** A condition that cannot be parsed or does not type-check; {@code position} is the 0-based offset in the text. */
public final class ConditionException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int position;

    public ConditionException(int position, String message) {
        super(message);
        this.position = position;
    }

    public int position() {
        return position;
    }

    /** "at column N: message" (1-based, as editors count). */
    public String describe() {
        return "at column " + (position + 1) + ": " + getMessage();
    }
}
