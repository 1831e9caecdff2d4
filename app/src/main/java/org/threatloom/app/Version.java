package org.threatloom.app;

import picocli.CommandLine;

/** Version from the jar manifest, or "dev" when run from classes. */
public final class Version implements CommandLine.IVersionProvider {
    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"threatloom " + (v == null ? "dev" : v)};
    }
}
