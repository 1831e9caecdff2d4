package org.threatloom.catalog.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.threatloom.catalog.CatalogSet;
import org.threatloom.catalog.data.AttackPattern;
import org.threatloom.catalog.data.CatalogEntry;
import org.threatloom.catalog.risk.AttackFeasibility;
import org.threatloom.catalog.rules.expr.Binder;
import org.threatloom.catalog.rules.expr.ConditionException;
import org.threatloom.catalog.rules.expr.Expr;
import org.threatloom.model.CountermeasureKind;
import org.threatloom.model.Level;
import org.threatloom.model.Stride;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Reads one rule file and checks every field against the metamodel and the catalogs. */
final class RuleReader {
    static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,80}");
    static final Set<String> DOMAINS = Set.of("cloud", "data", "network", "iot", "ot", "hardware", "supply-chain", "baseline", "emb3d");
    private static final ObjectMapper YAML = Yaml.mapper();

    private final CatalogSet catalogs;

    RuleReader(CatalogSet catalogs) {
        this.catalogs = catalogs;
    }

    /** Parses a rule; problems go to {@code problems} prefixed with the source, and the result is empty. */
    Optional<Rule> read(String text, String source, String expectedId, List<String> problems) {
        if (text.length() > Yaml.MAX_BYTES) {
            problems.add(source + ": file too large (" + text.length() + " characters, limit " + Yaml.MAX_BYTES + ")");
            return Optional.empty();
        }
        RuleSpec spec;
        try {
            spec = YAML.readValue(text, RuleSpec.class);
        } catch (UnrecognizedPropertyException e) {
            problems.add(source + ": unknown key '" + e.getPropertyName() + "'" + where(e));
            return Optional.empty();
        } catch (JsonProcessingException e) {
            problems.add(source + ": malformed YAML" + where(e) + ": " + e.getOriginalMessage());
            return Optional.empty();
        }
        if (spec == null) {
            problems.add(source + ": empty rule file");
            return Optional.empty();
        }
        return check(spec, source, expectedId, problems);
    }

    Optional<Rule> check(RuleSpec s, String source, String expectedId, List<String> problems) {
        List<String> p = new ArrayList<>();
        String id = s.id == null ? "?" : s.id;
        if (s.id == null || !ID.matcher(s.id).matches()) p.add("id '" + s.id + "' must match " + ID.pattern());
        else if (expectedId != null && !expectedId.equals(s.id)) p.add("id '" + s.id + "' does not match the file name (" + expectedId + ".yaml)");
        if (blank(s.title)) p.add("title is missing");
        Stride stride = enumValue(Stride.class, s.stride, "stride", p);
        if (s.domain == null || !DOMAINS.contains(s.domain)) p.add("domain '" + s.domain + "' is not one of " + new java.util.TreeSet<>(DOMAINS));
        Level likelihood = enumValue(Level.class, s.likelihood, "likelihood", p);
        Level impact = enumValue(Level.class, s.impact, "impact", p);
        List<EClass> types = types(s.appliesTo, p);
        Map<EClass, Expr> conditions = new LinkedHashMap<>();
        for (EClass t : types) {
            try {
                conditions.put(t, Binder.compile(s.condition, t));
            } catch (ConditionException e) {
                p.add("condition for " + t.getName() + " " + e.describe() + "  [" + s.condition + "]");
                break;
            }
        }
        List<String> refs = references(s.references, p);
        List<CountermeasureKind> kinds = kinds(s.mitigatedBy, p);
        AttackFeasibility feasibility = feasibility(s.feasibility, p);
        List<String> fires = s.fixtures == null || s.fixtures.fires == null ? List.of() : List.copyOf(s.fixtures.fires);
        List<String> silent = s.fixtures == null || s.fixtures.silent == null ? List.of() : List.copyOf(s.fixtures.silent);
        if (!p.isEmpty()) {
            for (String m : p) problems.add(source + ": rule " + id + ": " + m);
            return Optional.empty();
        }
        return Optional.of(new Rule(s.id, s.title.trim(), s.description == null ? "" : s.description.trim(), stride, s.domain,
                List.copyOf(types), s.condition.trim(), conditions, refs, likelihood, impact, kinds, feasibility, fires, silent, source));
    }

    private static List<EClass> types(List<String> names, List<String> p) {
        List<EClass> out = new ArrayList<>();
        if (names == null || names.isEmpty()) {
            p.add("appliesTo is missing");
            return out;
        }
        for (String n : names) {
            EClass c = Binder.eClass(n);
            if (c == null) p.add("appliesTo names unknown type '" + n + "'");
            else out.add(c);
        }
        return out;
    }

    private List<String> references(List<String> refs, List<String> p) {
        if (refs == null || refs.isEmpty()) {
            p.add("references are missing: name at least one catalog entry (CAPEC, CWE, EMB3D TID, ATT&CK for ICS)");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String r : refs) {
            String id = r == null ? "" : r.trim().toUpperCase(Locale.ROOT);
            Optional<CatalogEntry> entry = catalogs.find(id);
            if (entry.isEmpty()) p.add("reference '" + r + "' is not in the shipped catalogs");
            else if (entry.get() instanceof AttackPattern ap && !ap.isActive()) p.add("reference '" + r + "' is a " + ap.status() + " CAPEC pattern");
            else out.add(entry.get().id());
        }
        return out;
    }

    private static List<CountermeasureKind> kinds(List<String> names, List<String> p) {
        List<CountermeasureKind> out = new ArrayList<>();
        if (names == null || names.isEmpty()) {
            p.add("mitigatedBy is missing: name the countermeasure kinds that mitigate this threat");
            return out;
        }
        for (String n : names) {
            CountermeasureKind k = n == null ? null : CountermeasureKind.get(n.trim());
            if (k == null) p.add("mitigatedBy names unknown countermeasure kind '" + n + "'");
            else out.add(k);
        }
        return out;
    }

    private static AttackFeasibility feasibility(Map<String, String> f, List<String> p) {
        if (f == null) return null;
        Set<String> keys = Set.of("elapsedTime", "expertise", "knowledge", "window", "equipment");
        for (String k : f.keySet()) if (!keys.contains(k)) p.add("feasibility has unknown factor '" + k + "'");
        var elapsed = enumValue(AttackFeasibility.ElapsedTime.class, f.get("elapsedTime"), "feasibility.elapsedTime", p);
        var expertise = enumValue(AttackFeasibility.Expertise.class, f.get("expertise"), "feasibility.expertise", p);
        var knowledge = enumValue(AttackFeasibility.Knowledge.class, f.get("knowledge"), "feasibility.knowledge", p);
        var window = enumValue(AttackFeasibility.Window.class, f.get("window"), "feasibility.window", p);
        var equipment = enumValue(AttackFeasibility.Equipment.class, f.get("equipment"), "feasibility.equipment", p);
        if (elapsed == null || expertise == null || knowledge == null || window == null || equipment == null) return null;
        return new AttackFeasibility(elapsed, expertise, knowledge, window, equipment);
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field, List<String> p) {
        if (value == null) {
            p.add(field + " is missing");
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E c : type.getEnumConstants()) allowed.add(c.name());
            p.add(field + " '" + value + "' is not one of " + allowed);
            return null;
        }
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
