package org.threatloom.catalog;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.threatloom.catalog.data.AttackPattern;
import org.threatloom.catalog.data.CapecMitigation;
import org.threatloom.catalog.data.CatalogContent;
import org.threatloom.catalog.data.CatalogEntry;
import org.threatloom.catalog.data.Emb3dMitigation;
import org.threatloom.catalog.data.Emb3dProperty;
import org.threatloom.catalog.data.Emb3dThreat;
import org.threatloom.catalog.data.IcsAsset;
import org.threatloom.catalog.data.IcsMitigation;
import org.threatloom.catalog.data.IcsTactic;
import org.threatloom.catalog.data.IcsTechnique;
import org.threatloom.catalog.data.Ids;
import org.threatloom.catalog.data.Weakness;

/**
 * Links between catalog entries, in both directions. Every method takes an id (case-insensitive), returns the
 * linked entries that are loaded, in natural id order, and an empty list for an unknown id. IEC 62443 ids match
 * with normalised spacing and case; a base requirement ({@code CR 1.1}) also matches its enhancements
 * ({@code CR 1.1 RE 1}).
 */
public final class CrossLinks {
    private final Function<String, Optional<CatalogEntry>> lookup;
    private final Links capecToCwe = new Links();
    private final Links cweToCapec = new Links();
    private final Links capecMitigations = new Links();
    private final Links threatProperties = new Links();
    private final Links threatMitigations = new Links();
    private final Links cweThreats = new Links();
    private final Links requirementEmb3d = new Links();
    private final Links techniqueMitigations = new Links();
    private final Links assetTechniques = new Links();
    private final Links requirementIcs = new Links();

    CrossLinks(CatalogContent c, Function<String, Optional<CatalogEntry>> lookup) {
        this.lookup = lookup;
        for (AttackPattern a : c.attackPatterns()) {
            capecToCwe.addAll(a.id(), a.weaknesses());
            cweToCapec.addInverse(a.id(), a.weaknesses());
        }
        for (Weakness w : c.weaknesses()) {
            cweToCapec.addAll(w.id(), w.attackPatterns());
            capecToCwe.addInverse(w.id(), w.attackPatterns());
        }
        c.capecMitigations().forEach(m -> capecMitigations.addInverse(m.id(), m.mitigates()));
        c.emb3dProperties().forEach(p -> threatProperties.addInverse(p.id(), p.threats()));
        for (Emb3dMitigation m : c.emb3dMitigations()) {
            threatMitigations.addInverse(m.id(), m.mitigates());
            m.iec62443().forEach(r -> addRequirement(requirementEmb3d, r, m.id()));
        }
        c.emb3dThreats().forEach(t -> cweThreats.addInverse(t.id(), t.weaknesses()));
        for (IcsMitigation m : c.icsMitigations()) {
            techniqueMitigations.addInverse(m.id(), m.mitigates());
            m.iec62443().forEach(r -> addRequirement(requirementIcs, r, m.id()));
        }
        c.icsTechniques().forEach(t -> assetTechniques.addInverse(t.id(), t.assets()));
    }

    // CAPEC <-> CWE (union of CAPEC's references and CWE's Related_Attack_Patterns)

    public List<Weakness> weaknessesForAttackPattern(String capecId) {
        return resolve(capecToCwe.get(capecId), Weakness.class);
    }

    public List<AttackPattern> attackPatternsForWeakness(String cweId) {
        return resolve(cweToCapec.get(cweId), AttackPattern.class);
    }

    public List<CapecMitigation> mitigationsForAttackPattern(String capecId) {
        return resolve(capecMitigations.get(capecId), CapecMitigation.class);
    }

    // EMB3D: property -> threat -> mitigation, threat -> CWE -> CAPEC, threat -> ICS technique

    public List<Emb3dThreat> threatsForProperty(String propertyId) {
        return entry(propertyId, Emb3dProperty.class).map(p -> resolve(p.threats(), Emb3dThreat.class))
                .orElse(List.of());
    }

    public List<Emb3dProperty> propertiesForThreat(String threatId) {
        return resolve(threatProperties.get(threatId), Emb3dProperty.class);
    }

    public List<Emb3dMitigation> mitigationsForThreat(String threatId) {
        return resolve(threatMitigations.get(threatId), Emb3dMitigation.class);
    }

    public List<Emb3dThreat> threatsForMitigation(String mitigationId) {
        return entry(mitigationId, Emb3dMitigation.class).map(m -> resolve(m.mitigates(), Emb3dThreat.class))
                .orElse(List.of());
    }

    /** The threat's CWE ids that are weaknesses (cited categories such as CWE-1371 are left out). */
    public List<Weakness> weaknessesForThreat(String threatId) {
        return entry(threatId, Emb3dThreat.class).map(t -> resolve(t.weaknesses(), Weakness.class))
                .orElse(List.of());
    }

    /** CAPEC patterns reached from an EMB3D threat through its weaknesses. */
    public List<AttackPattern> attackPatternsForThreat(String threatId) {
        TreeSet<String> ids = new TreeSet<>(Ids.NATURAL);
        weaknessesForThreat(threatId).forEach(w -> ids.addAll(cweToCapec.get(w.id())));
        return resolve(List.copyOf(ids), AttackPattern.class);
    }

    public List<Emb3dThreat> threatsForWeakness(String cweId) {
        return resolve(cweThreats.get(cweId), Emb3dThreat.class);
    }

    public List<IcsTechnique> icsTechniquesForThreat(String threatId) {
        return entry(threatId, Emb3dThreat.class).map(t -> resolve(t.icsTechniques(), IcsTechnique.class))
                .orElse(List.of());
    }

    public List<Emb3dMitigation> emb3dMitigationsForRequirement(String iec62443Id) {
        return resolve(requirementEmb3d.get(normaliseRequirement(iec62443Id)), Emb3dMitigation.class);
    }

    // ATT&CK for ICS

    public List<IcsAsset> assetsForTechnique(String techniqueId) {
        return entry(techniqueId, IcsTechnique.class).map(t -> resolve(t.assets(), IcsAsset.class))
                .orElse(List.of());
    }

    public List<IcsTechnique> techniquesForAsset(String assetId) {
        return resolve(assetTechniques.get(assetId), IcsTechnique.class);
    }

    public List<IcsTactic> tacticsForTechnique(String techniqueId) {
        return entry(techniqueId, IcsTechnique.class).map(t -> resolve(t.tactics(), IcsTactic.class))
                .orElse(List.of());
    }

    public List<IcsMitigation> mitigationsForTechnique(String techniqueId) {
        return resolve(techniqueMitigations.get(techniqueId), IcsMitigation.class);
    }

    public List<IcsTechnique> techniquesForMitigation(String mitigationId) {
        return entry(mitigationId, IcsMitigation.class).map(m -> resolve(m.mitigates(), IcsTechnique.class))
                .orElse(List.of());
    }

    public List<IcsMitigation> icsMitigationsForRequirement(String iec62443Id) {
        return resolve(requirementIcs.get(normaliseRequirement(iec62443Id)), IcsMitigation.class);
    }

    /** IEC 62443 ids of an ICS mitigation ({@code M08xx}) or an EMB3D mitigation ({@code MID-xxx}). */
    public List<String> iec62443For(String mitigationId) {
        Optional<CatalogEntry> e = lookup.apply(mitigationId);
        if (e.isPresent() && e.get() instanceof IcsMitigation m) {
            return m.iec62443();
        }
        if (e.isPresent() && e.get() instanceof Emb3dMitigation m) {
            return m.iec62443();
        }
        return List.of();
    }

    static String normaliseRequirement(String id) {
        return id == null ? "" : Ids.key(id).replaceAll("\\s+", " ");
    }

    private static void addRequirement(Links links, String requirement, String mitigationId) {
        String full = normaliseRequirement(requirement);
        links.add(full, mitigationId);
        int re = full.indexOf(" RE ");
        if (re > 0) {
            links.add(full.substring(0, re), mitigationId);
        }
    }

    private <T extends CatalogEntry> Optional<T> entry(String id, Class<T> type) {
        return lookup.apply(id).filter(type::isInstance).map(type::cast);
    }

    private <T extends CatalogEntry> List<T> resolve(List<String> ids, Class<T> type) {
        return ids.stream().map(lookup).flatMap(Optional::stream).filter(type::isInstance).map(type::cast)
                .sorted((a, b) -> Ids.NATURAL.compare(a.id(), b.id())).distinct().toList();
    }
}
