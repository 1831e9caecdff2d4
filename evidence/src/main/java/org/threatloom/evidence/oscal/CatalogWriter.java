package org.threatloom.evidence.oscal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.threatloom.compliance.profile.Profile;
import org.threatloom.compliance.profile.Requirement;
import org.threatloom.compliance.sl.Fr;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A compliance profile as an OSCAL catalog (groups = FR / Annex part / capability kind, controls = requirements with
 * their SL vector as a prop and a statement part) and an OSCAL profile that imports all of it, so that the SSP, plan
 * and results can resolve their control ids. IEC 62443 statements carry no requirement text (IEC/ISA copyright), only
 * a pointer to the clause; CRA and NIST IR 8425 statements carry the profile's paraphrase.
 */
final class CatalogWriter {
    private CatalogWriter() {}

    static ObjectNode catalog(Profile p, Instant asOf) {
        ObjectNode root = OscalJson.MAPPER.createObjectNode();
        ObjectNode c = root.putObject("catalog");
        c.put("uuid", OscalIds.uuid("catalog", p.id(), p.sha256()));
        ObjectNode m = OscalJson.metadata(c, p.title(), p.version(), asOf, "Requirement index of the ThreatLoom profile " + p.id() + " (profile file SHA-256 "
                + p.sha256() + "). " + p.copyright());
        OscalJson.prop(m, "profile-sha256", p.sha256());
        Map<String, List<Requirement>> groups = p.requirements().stream().collect(Collectors.groupingBy(CatalogWriter::group, LinkedHashMap::new,
                Collectors.toList()));
        ArrayNode gs = c.putArray("groups");
        for (Map.Entry<String, List<Requirement>> e : groups.entrySet()) {
            ObjectNode g = gs.addObject();
            g.put("id", OscalIds.token(e.getKey()));
            g.put("title", OscalText.line(groupTitle(e.getKey())));
            ArrayNode controls = g.putArray("controls");
            for (Requirement r : e.getValue()) controls.add(control(p, r));
        }
        return root;
    }

    private static ObjectNode control(Profile p, Requirement r) {
        ObjectNode c = OscalJson.MAPPER.createObjectNode();
        c.put("id", OscalIds.control(r.id()));
        c.put("title", OscalText.line(r.title()));
        OscalJson.prop(c, "label", r.id());
        OscalJson.prop(c, "requirement-type", r.type());
        OscalJson.prop(c, "fr", r.fr());
        OscalJson.prop(c, "parent", r.parent());
        if (!r.sl().isEmpty()) OscalJson.prop(c, "sl", r.sl().stream().map(String::valueOf).collect(Collectors.joining(" ")));
        if (r.contested()) OscalJson.prop(c, "sl-contested", "true");
        if (!r.componentTypes().isEmpty()) OscalJson.prop(c, "component-types", String.join(" ", r.componentTypes()));
        OscalJson.prop(c, "citation", r.citation());
        ArrayNode parts = c.putArray("parts");
        ObjectNode s = parts.addObject();
        s.put("id", OscalIds.statement(r.id()));
        s.put("name", "statement");
        String prose = r.paraphrase() != null ? r.paraphrase()
                : "Requirement text not reproduced (copyright): see " + p.version() + ", " + r.id() + " (" + r.title() + ").";
        s.put("prose", OscalText.md(prose));
        return c;
    }

    static String group(Requirement r) {
        if (r.fr() != null) return r.fr();
        if (r.group() != null && !r.group().isBlank()) return r.group();
        return "other";
    }

    private static String groupTitle(String key) {
        Fr fr = Fr.of(key);
        return fr == null ? key : fr.name() + " " + fr.title();
    }

    /** An OSCAL profile importing every control of the catalog file. */
    static ObjectNode profile(Profile p, Instant asOf, String catalogHref) {
        ObjectNode root = OscalJson.MAPPER.createObjectNode();
        ObjectNode o = root.putObject("profile");
        o.put("uuid", OscalIds.uuid("profile", p.id(), p.sha256()));
        OscalJson.metadata(o, p.title() + " (all requirements)", p.version(), asOf, "Selects every requirement of the catalog.");
        ObjectNode imp = o.putArray("imports").addObject();
        imp.put("href", catalogHref);
        imp.putObject("include-all");
        o.putObject("merge").put("as-is", true);
        return root;
    }
}
