package org.threatloom.web.workspace;

/** A write based on a revision that is no longer current (HTTP 409). */
public final class ConflictException extends Exception {
    private final long yours;
    private final long current;

    public ConflictException(long yours, long current) {
        super("the model changed since revision " + yours + " (now " + current + ")", null, false, false);
        this.yours = yours;
        this.current = current;
    }

    public long yours() { return yours; }

    public long current() { return current; }
}
