package org.threatloom.compliance.profile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.threatloom.catalog.CatalogSet;
import org.threatloom.compliance.profile.ProfileSpec.RequirementSpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads one profile file and checks it: ids unique, parents and dispatch targets present, SL vectors cumulative,
 * contested cells with a note, and every assessed requirement with a mapping whose countermeasure kinds, theorems,
 * conditions (type-checked against the metamodel), attestation topics and cited sources are valid. Every problem names
 * the file and the requirement; nothing is half-loaded.
 */
final class ProfileReader {
    static final int MAX_CHARS = 1024 * 1024;
    private static final Pattern FR = Pattern.compile("FR[1-7]");
    private static final Set<String> TYPES = Set.of("SR", "RE", "CR", "SAR", "EDR", "HDR", "NDR", "CR-dispatch", "CR-placeholder", "CCSC",
            "point", "article", "capability", "sub-outcome");
    private static final ObjectMapper YAML = ProfileYaml.mapper(MAX_CHARS);

    private final MappingReader mappings;

    ProfileReader(CatalogSet catalogs) {
        this.mappings = new MappingReader(catalogs);
    }

    Profile read(String text, String resource) throws ProfileLoadException {
        List<String> problems = new ArrayList<>();
        if (text.length() > MAX_CHARS) throw new ProfileLoadException(List.of(resource + ": file too large (limit " + MAX_CHARS + " characters)"));
        ProfileSpec spec;
        try {
            spec = YAML.readValue(text, ProfileSpec.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ProfileLoadException(List.of(resource + ": unknown key '" + e.getPropertyName() + "'" + where(e)));
        } catch (JsonProcessingException e) {
            throw new ProfileLoadException(List.of(resource + ": malformed YAML" + where(e) + ": " + e.getOriginalMessage()));
        }
        if (spec == null) throw new ProfileLoadException(List.of(resource + ": empty profile file"));
        header(spec, resource, problems);
        ProfileScope scope = ProfileScope.of(spec.scope);
        Map<String, String> sources = spec.mappingSources == null ? Map.of() : spec.mappingSources;
        List<Requirement> requirements = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RequirementSpec r : spec.requirements == null ? List.<RequirementSpec>of() : spec.requirements) {
            String where = resource + ": requirement " + (r.id == null ? "?" : r.id) + ": ";
            List<String> p = new ArrayList<>();
            if (r.id == null || r.id.isBlank()) p.add("id is missing");
            else if (!ids.add(r.id)) p.add("id is defined twice");
            Requirement req = requirement(r, sources, p);
            p.forEach(m -> problems.add(where + m));
            if (req != null && p.isEmpty()) requirements.add(req);
        }
        links(requirements, resource, problems);
        if (!problems.isEmpty()) throw new ProfileLoadException(problems);
        return new Profile(spec.profile, spec.title, spec.version, scope, spec.source, spec.copyright, sources, requirements, resource, sha256(text));
    }

    private static void header(ProfileSpec s, String resource, List<String> problems) {
        if (blank(s.profile)) problems.add(resource + ": 'profile' (the profile id) is missing");
        if (blank(s.title)) problems.add(resource + ": 'title' is missing");
        if (blank(s.version)) problems.add(resource + ": 'version' (edition of the source document) is missing");
        if (ProfileScope.of(s.scope) == null) problems.add(resource + ": 'scope' must be zone, component or product, not '" + s.scope + "'");
        if (s.source == null || s.source.isEmpty()) problems.add(resource + ": 'source' (where the requirement index comes from) is missing");
        if (blank(s.copyright)) problems.add(resource + ": 'copyright' (what may be reproduced) is missing");
        if (s.mappingSources == null || s.mappingSources.isEmpty()) problems.add(resource + ": 'mappingSources' is missing");
        if (s.requirements == null || s.requirements.isEmpty()) problems.add(resource + ": no requirements");
    }

    private Requirement requirement(RequirementSpec r, Map<String, String> sources, List<String> p) {
        if (r.type == null || !TYPES.contains(r.type)) p.add("type '" + r.type + "' is not one of " + new java.util.TreeSet<>(TYPES));
        if (r.fr != null && !FR.matcher(r.fr).matches()) p.add("fr '" + r.fr + "' is not FR1..FR7");
        if (blank(r.title)) p.add("title is missing");
        List<Integer> sl = r.sl == null ? List.of() : r.sl;
        if (!sl.isEmpty() && !cumulative(sl)) p.add("sl " + sl + " must be cumulative security levels ending at 4, e.g. [2, 3, 4]");
        boolean contested = Boolean.TRUE.equals(r.contested);
        if (contested && blank(r.slNote)) p.add("a contested SL vector needs an slNote saying how the sources disagree");
        if (!contested && !blank(r.slNote)) p.add("an slNote marks a contested SL cell: set 'contested: true'");
        if (r.mapping == null) {
            p.add("has no mapping: give kinds/checks/theorems, or 'assessedBy: attestation' with topics");
            return null;
        }
        Mapping m = mappings.read(r.mapping, r.id, r.type, sources, p);
        if (m != null && m.assessedBy() == AssessedBy.PER_COMPONENT_TYPE && (r.dispatchTo == null || r.dispatchTo.isEmpty())) {
            p.add("assessedBy per-component-type needs dispatchTo");
        }
        if (m == null) return null;
        return new Requirement(r.id, r.type, r.fr, r.parent, r.title == null ? "" : r.title.trim(), sl, contested, r.slNote,
                r.componentTypes == null ? List.of() : r.componentTypes, r.derivedFrom, r.group, r.citation,
                r.paraphrase == null ? null : r.paraphrase.trim(), Boolean.TRUE.equals(r.conduit),
                r.dispatchTo == null ? List.of() : r.dispatchTo, m);
    }

    private static void links(List<Requirement> requirements, String resource, List<String> problems) {
        Map<String, Requirement> byId = new LinkedHashMap<>();
        requirements.forEach(r -> byId.put(r.id(), r));
        Set<String> parents = new HashSet<>();
        for (Requirement r : requirements) {
            if (r.parent() != null) {
                parents.add(r.parent());
                if (!byId.containsKey(r.parent())) problems.add(resource + ": requirement " + r.id() + ": parent '" + r.parent() + "' is not in the profile");
            }
            for (String d : r.dispatchTo()) {
                if (!byId.containsKey(d)) problems.add(resource + ": requirement " + r.id() + ": dispatchTo '" + d + "' is not in the profile");
            }
        }
        for (Requirement r : requirements) {
            if (r.mapping().assessedBy() == AssessedBy.SUB_REQUIREMENTS && !parents.contains(r.id())) {
                problems.add(resource + ": requirement " + r.id() + ": assessed by sub-requirements, but none names it as parent");
            }
        }
    }

    private static boolean cumulative(List<Integer> sl) {
        for (int i = 0; i < sl.size(); i++) {
            Integer v = sl.get(i);
            if (v == null || v < 1 || v > 4) return false;
            if (i > 0 && v != sl.get(i - 1) + 1) return false;
        }
        return sl.get(sl.size() - 1) == 4;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
