package org.threatloom.formal.theorems;

/** A theorem file that cannot be parsed or translated, or an encoding that does not fit it. */
public class TheoremException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TheoremException(String message) {
        super(message);
    }

    public TheoremException(String message, Throwable cause) {
        super(message, cause);
    }
}
