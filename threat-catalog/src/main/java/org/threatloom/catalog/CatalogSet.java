package org.threatloom.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threatloom.catalog.data.AttackPattern;
import org.threatloom.catalog.data.CapecMitigation;
import org.threatloom.catalog.data.Catalog;
import org.threatloom.catalog.data.CatalogContent;
import org.threatloom.catalog.data.CatalogEntry;
import org.threatloom.catalog.data.CatalogInfo;
import org.threatloom.catalog.data.Emb3dMitigation;
import org.threatloom.catalog.data.Emb3dProperty;
import org.threatloom.catalog.data.Emb3dThreat;
import org.threatloom.catalog.data.IcsAsset;
import org.threatloom.catalog.data.IcsMitigation;
import org.threatloom.catalog.data.IcsTactic;
import org.threatloom.catalog.data.IcsTechnique;
import org.threatloom.catalog.data.Weakness;
import org.threatloom.catalog.data.WeaknessCategory;
import org.threatloom.catalog.load.CatalogLoader;

/**
 * The loaded catalogs (CAPEC, ATT&CK for ICS, EMB3D, CWE subset): lookup by any id, search, statistics,
 * versions and cross links. Immutable and safe to share between threads.
 */
public final class CatalogSet {
    /** Default cap of {@link #search(String)}. */
    public static final int DEFAULT_SEARCH_LIMIT = 50;

    private final CatalogContent content;
    private final EntryIndex index;
    private final CrossLinks links;

    private CatalogSet(CatalogContent content) {
        this.content = content;
        List<CatalogEntry> all = new ArrayList<>();
        all.addAll(content.attackPatterns());
        all.addAll(content.capecMitigations());
        all.addAll(content.icsTechniques());
        all.addAll(content.icsTactics());
        all.addAll(content.icsMitigations());
        all.addAll(content.icsAssets());
        all.addAll(content.emb3dThreats());
        all.addAll(content.emb3dMitigations());
        all.addAll(content.emb3dProperties());
        all.addAll(content.weaknesses());
        all.addAll(content.weaknessCategories());
        this.index = new EntryIndex(all);
        this.links = new CrossLinks(content, index::find);
    }

    /** The catalogs shipped in this jar, loaded once and then shared. */
    public static CatalogSet loadDefault() {
        return DefaultHolder.INSTANCE;
    }

    /** A set over the given content, e.g. from {@link CatalogLoader#loadFromDirectory}. */
    public static CatalogSet of(CatalogContent content) {
        return new CatalogSet(content);
    }

    /** Any entry by id, case-insensitive: {@code CAPEC-94}, {@code coa-1-0}, {@code T0800}, {@code TA0100},
     *  {@code M0801}, {@code A0001}, {@code TID-201}, {@code MID-003}, {@code PID-11}, {@code CWE-1191}. */
    public Optional<CatalogEntry> find(String id) {
        return index.find(id);
    }

    /** An entry of the given type by id. */
    public <T extends CatalogEntry> Optional<T> find(String id, Class<T> type) {
        return index.find(id).filter(type::isInstance).map(type::cast);
    }

    /** Case-insensitive search over id and name, ranked and in a stable order, at most {@value #DEFAULT_SEARCH_LIMIT}. */
    public List<CatalogEntry> search(String text) {
        return search(text, DEFAULT_SEARCH_LIMIT);
    }

    public List<CatalogEntry> search(String text, int limit) {
        return index.search(text, limit);
    }

    public CrossLinks links() {
        return links;
    }

    /** Version per catalog, in {@link Catalog} order, e.g. {@code CAPEC -> 3.9}. */
    public Map<Catalog, String> catalogVersions() {
        Map<Catalog, String> out = new EnumMap<>(Catalog.class);
        content.infos().forEach(i -> out.put(i.catalog(), i.version()));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Provenance of each catalog (source, commit, licence, copyright, upstream checksums). */
    public List<CatalogInfo> infos() {
        return content.infos();
    }

    public Optional<CatalogInfo> info(Catalog catalog) {
        return content.infos().stream().filter(i -> i.catalog() == catalog).findFirst();
    }

    /** What is loaded, per catalog, counted from the loaded data. */
    public List<CatalogStats> stats() {
        Map<Catalog, String> versions = catalogVersions();
        Map<String, Integer> capec = new LinkedHashMap<>();
        capec.put("attackPatterns", content.attackPatterns().size());
        capec.put("activeAttackPatterns", (int) content.attackPatterns().stream().filter(AttackPattern::isActive).count());
        capec.put("mitigations", content.capecMitigations().size());
        Map<String, Integer> ics = new LinkedHashMap<>();
        ics.put("techniques", content.icsTechniques().size());
        ics.put("tactics", content.icsTactics().size());
        ics.put("mitigations", content.icsMitigations().size());
        ics.put("assets", content.icsAssets().size());
        Map<String, Integer> emb3d = new LinkedHashMap<>();
        emb3d.put("threats", content.emb3dThreats().size());
        emb3d.put("mitigations", content.emb3dMitigations().size());
        emb3d.put("properties", content.emb3dProperties().size());
        Map<String, Integer> cwe = new LinkedHashMap<>();
        cwe.put("weaknesses", content.weaknesses().size());
        cwe.put("hardwareViewWeaknesses",
                (int) content.weaknesses().stream().filter(w -> !w.hardwareCategories().isEmpty()).count());
        cwe.put("categories", content.weaknessCategories().size());
        return List.of(new CatalogStats(Catalog.CAPEC, versions.get(Catalog.CAPEC), capec),
                new CatalogStats(Catalog.ATTACK_ICS, versions.get(Catalog.ATTACK_ICS), ics),
                new CatalogStats(Catalog.EMB3D, versions.get(Catalog.EMB3D), emb3d),
                new CatalogStats(Catalog.CWE, versions.get(Catalog.CWE), cwe));
    }

    /** Number of entries that {@link #find} knows. */
    public int size() {
        return index.size();
    }

    public List<AttackPattern> attackPatterns() {
        return content.attackPatterns();
    }

    public List<CapecMitigation> capecMitigations() {
        return content.capecMitigations();
    }

    public List<IcsTechnique> icsTechniques() {
        return content.icsTechniques();
    }

    public List<IcsTactic> icsTactics() {
        return content.icsTactics();
    }

    public List<IcsMitigation> icsMitigations() {
        return content.icsMitigations();
    }

    public List<IcsAsset> icsAssets() {
        return content.icsAssets();
    }

    public List<Emb3dThreat> emb3dThreats() {
        return content.emb3dThreats();
    }

    public List<Emb3dMitigation> emb3dMitigations() {
        return content.emb3dMitigations();
    }

    public List<Emb3dProperty> emb3dProperties() {
        return content.emb3dProperties();
    }

    public List<Weakness> weaknesses() {
        return content.weaknesses();
    }

    public List<WeaknessCategory> weaknessCategories() {
        return content.weaknessCategories();
    }

    private static final class DefaultHolder {
        static final CatalogSet INSTANCE = new CatalogSet(CatalogLoader.loadFromClasspath());
    }
}
