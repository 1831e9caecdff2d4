package org.threatloom.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the repository, this module and the upstream catalogs ({@code <repo>/../shared/catalogs}) are. */
public final class TestPaths {
    private TestPaths() {
    }

    /** The repository root: the nearest ancestor of the working directory holding {@code threat-catalog/pom.xml}. */
    public static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("threat-catalog/pom.xml"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("run the tests inside the ThreatLoom repository");
        }
        return p;
    }

    public static Path moduleDir() {
        return repoRoot().resolve("threat-catalog");
    }

    /** The shipped data in the source tree. */
    public static Path shippedData() {
        return moduleDir().resolve("src/main/resources/org/threatloom/catalog/data");
    }

    /** The upstream catalogs, if present: {@code -Dthreatloom.upstream.catalogs=...} or {@code <repo>/../shared/catalogs}. */
    public static Optional<Path> upstreamCatalogs() {
        String override = System.getProperty("threatloom.upstream.catalogs");
        Path p = override != null ? Path.of(override) : repoRoot().resolve("../shared/catalogs").normalize();
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
}
