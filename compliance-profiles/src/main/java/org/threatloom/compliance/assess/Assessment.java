package org.threatloom.compliance.assess;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The assessment of one model against one profile: everything a document writer renders, and nothing it has to
 * decide.
 *
 * @param profileId       e.g. iec62443-3-3
 * @param profileVersion  edition of the source document
 * @param profileSha256   SHA-256 of the profile file that produced it
 * @param slOverride      {@code --sl N} when given, else null
 * @param proofs          where theorem results came from
 * @param catalogVersions versions of the catalogs behind the threats
 * @param targets         zones then conduits (62443-3-3), components (62443-4-2), or the product
 * @param findings        problems with the evidence itself (see {@link Finding})
 */
public record Assessment(String profileId, String profileTitle, String profileVersion, String profileSha256, String copyright,
                         String modelId, String modelName, Integer slOverride, String proofs, Map<String, String> catalogVersions,
                         List<TargetResult> targets, List<Finding> findings) {

    public Assessment {
        catalogVersions = Map.copyOf(catalogVersions);
        targets = List.copyOf(targets);
        findings = List.copyOf(findings);
    }

    /** Every requirement result, target by target. */
    public List<RequirementResult> requirements() {
        return targets.stream().flatMap(t -> t.requirements().stream()).toList();
    }

    /** Number of results per verdict over all targets. */
    public Map<Verdict, Integer> counts() {
        Map<Verdict, Integer> m = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) m.put(v, 0);
        requirements().forEach(r -> m.merge(r.status(), 1, Integer::sum));
        return m;
    }

    public TargetResult target(String id) {
        for (TargetResult t : targets) if (t.id().equals(id)) return t;
        return null;
    }
}
