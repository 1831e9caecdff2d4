package org.threatloom.evidence.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.threatloom.catalog.derive.Analysis;
import org.threatloom.catalog.derive.DerivationEngine;
import org.threatloom.catalog.rules.RuleSet;
import org.threatloom.compliance.assess.AssessOptions;
import org.threatloom.compliance.assess.Assessment;
import org.threatloom.compliance.assess.AssessmentEngine;
import org.threatloom.compliance.profile.Profile;
import org.threatloom.compliance.profile.ProfileLoadException;
import org.threatloom.compliance.profile.Profiles;
import org.threatloom.metamodel.io.XmiCodec;
import org.threatloom.model.SystemModel;

/**
 * The one place where a pack's inputs are gathered: derives the threats, takes the proof records, assesses every
 * requested profile and fixes the versions and the date. The verdicts come from threat-catalog, formal-checker and
 * compliance-profiles; nothing here decides one.
 */
public final class ReportAssembler {
    private final RuleSet rules;
    private final AssessmentEngine assessor;

    public ReportAssembler(RuleSet rules) {
        this(rules, new AssessmentEngine());
    }

    public ReportAssembler(RuleSet rules, AssessmentEngine assessor) {
        this.rules = rules;
        this.assessor = assessor;
    }

    /**
     * @param modelFile    the model's name as given (only its file name is kept)
     * @param profileNames profiles to assess, in document order; empty for all
     * @param proofs       proof results ({@link Proofs#none()} when the checker was not run)
     * @param sl           IEC 62443 uniform SL-T override, or null
     * @param asOf         the pack's date (see {@link AsOf})
     */
    public ReportInputs assemble(SystemModel model, String modelFile, List<String> profileNames, Proofs proofs, Integer sl,
                                 String toolVersion, Instant asOf) throws ProfileLoadException {
        Analysis analysis = new DerivationEngine(rules).derive(model);
        return assemble(model, modelFile, analysis, profileNames, proofs, sl, toolVersion, asOf);
    }

    /** As above, with the threats already derived. */
    public ReportInputs assemble(SystemModel model, String modelFile, Analysis analysis, List<String> profileNames, Proofs proofs,
                                 Integer sl, String toolVersion, Instant asOf) throws ProfileLoadException {
        List<String> names = profileNames == null || profileNames.isEmpty() ? Profiles.NAMES : profileNames;
        Map<String, Profile> profiles = new LinkedHashMap<>();
        Map<String, Assessment> assessments = new LinkedHashMap<>();
        List<Versions.ProfileVersion> pv = new ArrayList<>();
        for (String n : names) {
            if (profiles.containsKey(n)) continue;
            Profile p = Profiles.load(n);
            profiles.put(n, p);
            Integer level = p.hasSecurityLevels() ? sl : null;
            assessments.put(n, assessor.assess(model, analysis, p, new AssessOptions(level, proofs.evidence())));
            pv.add(new Versions.ProfileVersion(p.id(), p.title(), p.version(), p.sha256()));
        }
        Versions versions = new Versions(toolVersion, analysis.catalogVersions(), analysis.rules(), analysis.riskMatrix(), pv);
        return new ReportInputs(model, fileName(modelFile), modelSha256(model), analysis, proofs.results(), assessments, profiles,
                versions, asOf);
    }

    /** Runs the formal checker on the model and its threats (the checker decides; this only hands the verdicts on). */
    public static Proofs check(SystemModel model, Analysis analysis, org.threatloom.formal.check.CheckOptions options) {
        try (org.threatloom.formal.check.Checker checker = new org.threatloom.formal.check.Checker(options)) {
            return Proofs.of(checker.check(model, analysis, model.getId()), model.getId());
        }
    }

    /** Derives the threats with this assembler's rules. */
    public Analysis derive(SystemModel model) {
        return new DerivationEngine(rules).derive(model);
    }

    /** SHA-256 of the model's canonical XMI: the same for the same model wherever it was read from. */
    public static String modelSha256(SystemModel model) {
        try {
            return Hashes.sha256(XmiCodec.toBytes(model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fileName(String file) {
        if (file == null) return "";
        String f = file.replace('\\', '/');
        return f.substring(f.lastIndexOf('/') + 1);
    }
}
