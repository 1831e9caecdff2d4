package org.threatloom.metamodel.io;

/** If the loader ever initialises a class named in a model file, {@link CanaryFlag} tells. */
public final class Canary {
    static {
        CanaryFlag.loaded = true;
    }
    public static final Object eINSTANCE = null;

    private Canary() {}
}
