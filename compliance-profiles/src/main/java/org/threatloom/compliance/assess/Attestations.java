package org.threatloom.compliance.assess;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.threatloom.model.Attestation;
import org.threatloom.model.SystemModel;

/**
 * The model's attestations by topic. A requirement accepts an attestation whose topic is one of its mapping's topics
 * or the requirement id itself (e.g. {@code SR 1.12}, {@code CRA-AI-P2-5}). A topic
 * {@code not-applicable:<requirement id>} (optionally {@code @<zone, conduit or component id>}) declares that the
 * requirement does not apply; its statement is the justification. Topics match case-insensitively with spaces
 * collapsed.
 */
final class Attestations {
    static final String NOT_APPLICABLE = "not-applicable:";
    private final List<Attestation> all;
    private final List<String> normTopics = new ArrayList<>();

    Attestations(SystemModel model) {
        this.all = List.copyOf(model.getAttestations());
        for (Attestation a : all) normTopics.add(a.getTopic() == null ? null : norm(a.getTopic()));
    }

    /** Attestations for a requirement, in model order. */
    List<Attestation> forRequirement(String requirementId, List<String> topics) {
        Set<String> wanted = new LinkedHashSet<>();
        topics.forEach(t -> wanted.add(norm(t)));
        wanted.add(norm(requirementId));
        List<Attestation> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) if (normTopics.get(i) != null && wanted.contains(normTopics.get(i))) out.add(all.get(i));
        return out;
    }

    /** "Does not apply" declarations for a requirement on a target (model-wide ones, and ones naming the target). */
    List<Attestation> notApplicable(String requirementId, String targetId) {
        if (normTopics.stream().noneMatch(t -> t != null && t.startsWith(NOT_APPLICABLE))) return List.of();
        String general = norm(NOT_APPLICABLE + requirementId);
        String scoped = targetId == null ? null : norm(NOT_APPLICABLE + requirementId + "@" + targetId);
        List<Attestation> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String t = normTopics.get(i);
            if (t != null && t.startsWith(NOT_APPLICABLE) && (t.equals(general) || t.equals(scoped))) out.add(all.get(i));
        }
        return out;
    }

    /** Whether an attestation says who attests what: statement and attestedBy present. */
    static boolean complete(Attestation a) {
        return !blank(a.getStatement()) && !blank(a.getAttestedBy());
    }

    static String describe(Attestation a) {
        StringBuilder sb = new StringBuilder();
        sb.append("topic '").append(a.getTopic()).append('\'');
        if (!blank(a.getAttestedBy())) sb.append(", attested by ").append(a.getAttestedBy());
        if (!blank(a.getDate())) sb.append(" on ").append(a.getDate());
        if (!blank(a.getEvidence())) sb.append(", evidence: ").append(a.getEvidence());
        if (!blank(a.getStatement())) sb.append(": ").append(a.getStatement());
        return sb.toString();
    }

    static String norm(String s) {
        return ThreatLinks.key(s).toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
