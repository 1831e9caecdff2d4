package org.threatloom.compliance.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded, checked compliance profile: requirements with their mappings, where the data comes from and its
 * version, and the SHA-256 of the profile file (for the evidence pack's manifest).
 *
 * @param source         where the requirement index comes from (documents, public reproductions, date checked)
 * @param mappingSources what each mapping source key means
 */
public record Profile(String id, String title, String version, ProfileScope scope, Map<String, String> source, String copyright,
                      Map<String, String> mappingSources, List<Requirement> requirements, String resource, String sha256) {

    public Profile {
        source = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(source));
        mappingSources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mappingSources));
        requirements = List.copyOf(requirements);
    }

    public Requirement find(String requirementId) {
        for (Requirement r : requirements) if (r.id().equals(requirementId)) return r;
        return null;
    }

    /** Requirements that get a verdict, in profile order. */
    public List<Requirement> assessed() {
        return requirements.stream().filter(Requirement::assessed).toList();
    }

    /** Requirements whose parent is {@code requirementId}, in profile order. */
    public List<Requirement> children(String requirementId) {
        return requirements.stream().filter(r -> requirementId.equals(r.parent())).toList();
    }

    /** Whether the profile has IEC 62443 security levels. */
    public boolean hasSecurityLevels() {
        return requirements.stream().anyMatch(r -> !r.sl().isEmpty());
    }
}
