package org.threatloom.evidence.oscal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.threatloom.compliance.assess.Assessment;
import org.threatloom.compliance.profile.Profile;
import org.threatloom.evidence.report.ReportContext;

/**
 * The OSCAL files of one profile, linked by relative hrefs so that a validator can follow the whole chain
 * (assessment results -> assessment plan -> SSP -> profile -> catalog): {@code catalog.json}, {@code profile.json},
 * {@code ssp.json}, {@code assessment-plan.json}, {@code assessment-results.json} and {@code component-definition.json}.
 */
public final class OscalWriter {
    public static final String CATALOG = "catalog.json", PROFILE = "profile.json", SSP = "ssp.json", PLAN = "assessment-plan.json",
            RESULTS = "assessment-results.json", COMPONENTS = "component-definition.json";

    private OscalWriter() {}

    /**
     * @param diagramHref the architecture PNG relative to the OSCAL folder
     * @return file name -> bytes, in writing order
     */
    public static Map<String, byte[]> write(ReportContext ctx, String profile, String diagramHref) {
        Assessment a = ctx.inputs().assessments().get(profile);
        Profile p = ctx.inputs().profiles().get(profile);
        if (a == null || p == null) throw new IllegalArgumentException("profile not assessed in this pack: " + profile);
        Subjects subjects = new Subjects(ctx, a);
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put(CATALOG, OscalJson.bytes(CatalogWriter.catalog(p, ctx.inputs().asOf())));
        out.put(PROFILE, OscalJson.bytes(CatalogWriter.profile(p, ctx.inputs().asOf(), CATALOG)));
        out.put(SSP, OscalJson.bytes(SspWriter.ssp(ctx, a, subjects, PROFILE, diagramHref)));
        out.put(PLAN, OscalJson.bytes(AssessmentWriter.plan(ctx, a, SSP)));
        out.put(RESULTS, OscalJson.bytes(AssessmentWriter.results(ctx, a, subjects, PLAN)));
        out.put(COMPONENTS, OscalJson.bytes(ComponentDefinitionWriter.of(ctx, a, subjects, PROFILE)));
        return out;
    }
}
