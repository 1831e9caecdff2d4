package org.threatloom.compliance.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.threatloom.catalog.CatalogSet;
import org.threatloom.catalog.data.CatalogEntry;
import org.threatloom.catalog.data.Emb3dMitigation;
import org.threatloom.catalog.data.IcsMitigation;
import org.threatloom.catalog.rules.expr.Binder;
import org.threatloom.catalog.rules.expr.ConditionException;
import org.threatloom.catalog.rules.expr.Expr;
import org.threatloom.compliance.profile.ProfileSpec.CheckSpec;
import org.threatloom.compliance.profile.ProfileSpec.MappingSpec;
import org.threatloom.compliance.proof.Theorems;
import org.threatloom.model.CountermeasureKind;

/** Reads and checks one requirement's mapping. Problems go to the list without the requirement prefix. */
final class MappingReader {
    /** Mapping sources whose {@code :entry} part is a catalog mitigation that must carry the requirement's id. */
    static final String ATTACK_ICS = "attack-ics";
    static final String EMB3D = "emb3d";

    private final CatalogSet catalogs;

    MappingReader(CatalogSet catalogs) {
        this.catalogs = catalogs;
    }

    Mapping read(MappingSpec s, String requirementId, String type, Map<String, String> sources, List<String> p) {
        AssessedBy by = s.assessedBy == null ? AssessedBy.MODEL : AssessedBy.of(s.assessedBy);
        if (by == null) {
            p.add("assessedBy '" + s.assessedBy + "' is not one of model, attestation, sub-requirements, per-component-type, none");
            return null;
        }
        List<CountermeasureKind> kinds = kinds(s.kinds, p);
        List<ModelCheck> checks = checks(s.checks, true, "checks", p);
        List<ModelCheck> applies = checks(s.appliesWhen, false, "appliesWhen", p);
        List<String> theorems = list(s.theorems);
        for (String t : theorems) if (!Theorems.known(t)) p.add("unknown theorem '" + t + "' (known: " + String.join(", ", Theorems.NAMES) + ")");
        List<String> topics = list(s.topics).stream().map(String::trim).toList();
        for (String t : topics) if (t.isEmpty()) p.add("an attestation topic is blank");
        ThreatLink threats = s.threats == null ? defaultThreats(by) : ThreatLink.of(s.threats);
        if (threats == null) p.add("threats '" + s.threats + "' is not one of linked, all, none");
        List<String> src = list(s.source);
        if (by != AssessedBy.NONE && by != AssessedBy.PER_COMPONENT_TYPE && src.isEmpty()) p.add("mapping has no source: say where it comes from");
        for (String cited : src) source(cited, requirementId, type, sources, p);
        switch (by) {
            case MODEL -> {
                if (kinds.isEmpty() && checks.isEmpty() && theorems.isEmpty() && topics.isEmpty() && threats != ThreatLink.ALL) {
                    p.add("mapping names no countermeasure kind, check, theorem or attestation topic");
                }
            }
            case ATTESTATION -> {
                if (topics.isEmpty()) p.add("assessedBy attestation needs at least one attestation topic");
                if (!kinds.isEmpty() || !theorems.isEmpty()) p.add("assessedBy attestation takes topics (and contradicting checks), not kinds or theorems");
            }
            default -> {
                if (!kinds.isEmpty() || !checks.isEmpty() || !theorems.isEmpty() || !topics.isEmpty()) {
                    p.add("assessedBy " + by.key() + " takes no kinds, checks, theorems or topics");
                }
            }
        }
        return new Mapping(by, kinds, checks, applies, theorems, topics, Boolean.TRUE.equals(s.attestationRequired),
                threats == null ? ThreatLink.NONE : threats, list(s.via), src, s.note);
    }

    private static ThreatLink defaultThreats(AssessedBy by) {
        return by == AssessedBy.MODEL ? ThreatLink.LINKED : ThreatLink.NONE;
    }

    private static List<CountermeasureKind> kinds(List<String> names, List<String> p) {
        List<CountermeasureKind> out = new ArrayList<>();
        for (String n : list(names)) {
            CountermeasureKind k = CountermeasureKind.get(n.trim());
            if (k == null) p.add("unknown countermeasure kind '" + n + "'");
            else if (out.contains(k)) p.add("countermeasure kind " + k + " is listed twice");
            else out.add(k);
        }
        return out;
    }

    private static List<ModelCheck> checks(List<CheckSpec> specs, boolean needsRequire, String field, List<String> p) {
        List<ModelCheck> out = new ArrayList<>();
        for (CheckSpec c : specs == null ? List.<CheckSpec>of() : specs) {
            EClass on = c.element == null ? null : Binder.eClass(c.element.trim());
            if (on == null) {
                p.add(field + ": 'element' names unknown metamodel type '" + c.element + "'");
                continue;
            }
            if (needsRequire && ProfileReader.blank(c.require)) p.add(field + " on " + on.getName() + ": 'require' is missing");
            if (!needsRequire && !ProfileReader.blank(c.require)) p.add(field + " on " + on.getName() + " takes 'where', not 'require'");
            if (!needsRequire && ProfileReader.blank(c.where)) p.add(field + " on " + on.getName() + ": 'where' is missing");
            if (ProfileReader.blank(c.says)) p.add(field + " on " + on.getName() + ": 'says' (what the check means, for the report) is missing");
            Expr where = compile(c.where, on, field, "where", p);
            Expr require = needsRequire ? compile(c.require, on, field, "require", p) : null;
            out.add(new ModelCheck(on, trim(c.where), where, trim(c.require), require, trim(c.says), Boolean.TRUE.equals(c.suffices)));
        }
        return out;
    }

    private static Expr compile(String condition, EClass on, String field, String part, List<String> p) {
        if (ProfileReader.blank(condition)) return null;
        try {
            return Binder.compile(condition, on);
        } catch (ConditionException e) {
            p.add(field + " on " + on.getName() + ": " + part + " " + e.describe() + "  [" + condition.trim() + "]");
            return null;
        }
    }

    private void source(String cited, String requirementId, String type, Map<String, String> sources, List<String> p) {
        int colon = cited.indexOf(':');
        String key = colon < 0 ? cited : cited.substring(0, colon);
        if (!sources.containsKey(key)) {
            p.add("source '" + cited + "' is not one of the profile's mappingSources " + sources.keySet());
            return;
        }
        if (colon < 0 || catalogs == null || !(key.equals(ATTACK_ICS) || key.equals(EMB3D))) return;
        String entryId = cited.substring(colon + 1).trim();
        Optional<CatalogEntry> entry = catalogs.find(entryId);
        List<String> labels = entry.map(e -> e instanceof IcsMitigation m ? m.iec62443() : e instanceof Emb3dMitigation m ? m.iec62443() : null)
                .orElse(null);
        if (labels == null) {
            p.add("source '" + cited + "' names no " + (key.equals(ATTACK_ICS) ? "ATT&CK for ICS" : "EMB3D") + " mitigation in the shipped catalogs");
        } else if (labels.stream().noneMatch(l -> labels(requirementId, type, l))) {
            p.add("source '" + cited + "': " + entryId + " is labelled " + labels + ", not " + requirementId);
        }
    }

    /** Whether a catalog label names this requirement, its base requirement (for an RE) or its CR row (for SAR/EDR/HDR/NDR). */
    static boolean labels(String requirementId, String type, String label) {
        String id = norm(requirementId), l = norm(label);
        if (l.equals(id)) return true;
        int re = id.indexOf(" RE ");
        String base = re > 0 ? id.substring(0, re) : id;
        if (l.equals(base)) return true;
        return base.matches("(SAR|EDR|HDR|NDR) .*") && l.equals("CR " + base.substring(base.indexOf(' ') + 1));
    }

    static String norm(String id) {
        return id.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    private static List<String> list(List<String> l) {
        return l == null ? List.of() : l.stream().filter(x -> x != null).toList();
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
