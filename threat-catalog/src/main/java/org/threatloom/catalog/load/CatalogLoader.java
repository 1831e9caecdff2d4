package org.threatloom.catalog.load;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.threatloom.catalog.data.AttackPattern;
import org.threatloom.catalog.data.CapecMitigation;
import org.threatloom.catalog.data.CatalogContent;
import org.threatloom.catalog.data.CatalogFiles;
import org.threatloom.catalog.data.CatalogManifest;
import org.threatloom.catalog.data.Emb3dMitigation;
import org.threatloom.catalog.data.Emb3dProperty;
import org.threatloom.catalog.data.Emb3dThreat;
import org.threatloom.catalog.data.IcsAsset;
import org.threatloom.catalog.data.IcsMitigation;
import org.threatloom.catalog.data.IcsTactic;
import org.threatloom.catalog.data.IcsTechnique;
import org.threatloom.catalog.data.Weakness;
import org.threatloom.catalog.data.WeaknessCategory;

/**
 * Reads the shipped catalog data (written by the importer) from the classpath or from a folder. Needs nothing
 * but the data files; unknown JSON fields are errors, so a data/code mismatch is noticed at once.
 */
public final class CatalogLoader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Opens a data file by its name relative to the data root. */
    @FunctionalInterface
    public interface Source {
        InputStream open(String file) throws IOException;
    }

    private final Source source;

    private CatalogLoader(Source source) {
        this.source = source;
    }

    /** The data shipped in this jar ({@value CatalogFiles#RESOURCE_ROOT}). */
    public static CatalogContent loadFromClasspath() {
        ClassLoader cl = CatalogLoader.class.getClassLoader();
        return new CatalogLoader(f -> {
            InputStream in = cl.getResourceAsStream(CatalogFiles.RESOURCE_ROOT + "/" + f);
            if (in == null) {
                throw new IOException("catalog resource missing: " + CatalogFiles.RESOURCE_ROOT + "/" + f);
            }
            return in;
        }).load();
    }

    /** Data in a folder with the shipped layout, e.g. a fresh importer output. */
    public static CatalogContent loadFromDirectory(Path dir) {
        return new CatalogLoader(f -> Files.newInputStream(dir.resolve(f))).load();
    }

    /** A text resource of the shipped data, e.g. {@code NOTICE.txt} or {@code emb3d/LICENSE.txt}. */
    public static String readResourceText(String file) {
        try (InputStream in = CatalogLoader.class.getClassLoader()
                .getResourceAsStream(CatalogFiles.RESOURCE_ROOT + "/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no catalog resource " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CatalogContent load() {
        CatalogManifest manifest = read(CatalogFiles.MANIFEST, MAPPER.constructType(CatalogManifest.class));
        if (!CatalogManifest.FORMAT.equals(manifest.format())) {
            throw new IllegalStateException("catalog data format " + manifest.format() + ", expected "
                    + CatalogManifest.FORMAT + ": re-run the importer");
        }
        return new CatalogContent(manifest.catalogs(),
                list(CatalogFiles.CAPEC_ATTACK_PATTERNS, AttackPattern.class),
                list(CatalogFiles.CAPEC_MITIGATIONS, CapecMitigation.class),
                list(CatalogFiles.ICS_TECHNIQUES, IcsTechnique.class),
                list(CatalogFiles.ICS_TACTICS, IcsTactic.class),
                list(CatalogFiles.ICS_MITIGATIONS, IcsMitigation.class),
                list(CatalogFiles.ICS_ASSETS, IcsAsset.class),
                list(CatalogFiles.EMB3D_THREATS, Emb3dThreat.class),
                list(CatalogFiles.EMB3D_MITIGATIONS, Emb3dMitigation.class),
                list(CatalogFiles.EMB3D_PROPERTIES, Emb3dProperty.class),
                list(CatalogFiles.CWE_WEAKNESSES, Weakness.class),
                list(CatalogFiles.CWE_CATEGORIES, WeaknessCategory.class));
    }

    private <T> List<T> list(String file, Class<T> type) {
        return read(file, MAPPER.getTypeFactory().constructCollectionType(List.class, type));
    }

    private <T> T read(String file, JavaType type) {
        try (InputStream in = source.open(file)) {
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog file " + file + ": " + e.getMessage(), e);
        }
    }
}
