package org.threatloom.compliance.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.threatloom.catalog.CatalogSet;

/**
 * The shipped profiles, loaded from the classpath and checked once, then shared. Names as the CLI takes them:
 * {@code iec62443-3-3}, {@code iec62443-4-2}, {@code cra}, {@code nistir8425}.
 */
public final class Profiles {
    public static final String ROOT = "/org/threatloom/compliance/profiles/";
    public static final List<String> NAMES = List.of("iec62443-3-3", "iec62443-4-2", "cra", "nistir8425");
    private static final Map<String, Profile> LOADED = new ConcurrentHashMap<>();

    private Profiles() {}

    /** A shipped profile by name, loaded and checked against the shipped catalogs the first time. */
    public static Profile load(String name) throws ProfileLoadException {
        if (!NAMES.contains(name)) throw new ProfileLoadException(List.of("no such profile '" + name + "' (known: " + String.join(", ", NAMES) + ")"));
        Profile p = LOADED.get(name);
        if (p != null) return p;
        synchronized (LOADED) {
            p = LOADED.get(name);
            if (p == null) {
                p = parse(read(name + ".yaml"), name + ".yaml", CatalogSet.loadDefault());
                LOADED.put(name, p);
            }
            return p;
        }
    }

    /** Every shipped profile, by name in {@link #NAMES} order. */
    public static Map<String, Profile> loadAll() throws ProfileLoadException {
        Map<String, Profile> out = new LinkedHashMap<>();
        for (String n : NAMES) out.put(n, load(n));
        return out;
    }

    /** Parses and checks profile text (a user profile, or a test's); {@code catalogs} null skips the catalog-citation check. */
    public static Profile parse(String text, String source, CatalogSet catalogs) throws ProfileLoadException {
        return new ProfileReader(catalogs).read(text, source);
    }

    /** The text of a shipped profile file. */
    public static String read(String file) throws ProfileLoadException {
        try (InputStream in = Profiles.class.getResourceAsStream(ROOT + file)) {
            if (in == null) throw new ProfileLoadException(List.of(file + ": profile missing from the jar"));
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ProfileLoadException(List.of(file + ": cannot read: " + e.getMessage()));
        }
    }
}
