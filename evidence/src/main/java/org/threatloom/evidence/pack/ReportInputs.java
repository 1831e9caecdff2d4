package org.threatloom.evidence.pack;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.threatloom.catalog.derive.Analysis;
import org.threatloom.compliance.assess.Assessment;
import org.threatloom.compliance.profile.Profile;
import org.threatloom.model.SystemModel;

/**
 * Everything a pack renders, decided elsewhere: the model, its threats (threat-catalog), the proof results
 * (formal-checker) and one assessment per profile (compliance-profiles), with the versions that produced them and
 * the date the documents carry. Assembled in one place ({@link ReportAssembler}); every writer is a pure function of
 * it, so the same inputs give the same pack.
 *
 * @param modelFile   how the model was named on the command line, reduced to its file name (no local paths)
 * @param modelSha256 SHA-256 of the model's canonical XMI
 * @param assessments profile name -> assessment, in the order given
 * @param profiles    profile name -> profile (requirement index for the OSCAL catalog)
 * @param asOf        the date of the evidence: never the clock (see {@link AsOf})
 */
public record ReportInputs(SystemModel model, String modelFile, String modelSha256, Analysis analysis, ProofResults proofs,
                           Map<String, Assessment> assessments, Map<String, Profile> profiles, Versions versions, Instant asOf) {

    public ReportInputs {
        assessments = Collections.unmodifiableMap(new LinkedHashMap<>(assessments));
        profiles = Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
    }
}
