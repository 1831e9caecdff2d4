package org.threatloom.metamodel.io;

/** Set by {@link Canary}'s static initialiser; reading it does not initialise the canary. */
final class CanaryFlag {
    static volatile boolean loaded;

    private CanaryFlag() {}
}
