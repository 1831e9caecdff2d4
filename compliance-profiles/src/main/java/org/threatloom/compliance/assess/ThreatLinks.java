package org.threatloom.compliance.assess;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.threatloom.catalog.CatalogSet;
import org.threatloom.catalog.CrossLinks;
import org.threatloom.catalog.data.Emb3dMitigation;
import org.threatloom.catalog.data.IcsMitigation;
import org.threatloom.catalog.derive.ThreatFinding;
import org.threatloom.compliance.profile.Profile;
import org.threatloom.compliance.profile.Requirement;
import org.threatloom.model.CountermeasureKind;

/**
 * Which threats bear on which requirement. A threat is linked to a requirement when its rule is mitigated by one of
 * the requirement's countermeasure kinds, or when it cites a catalog entry the catalogs link to the requirement: an
 * ATT&CK for ICS mitigation ({@code M08xx}/{@code M09xx}) or EMB3D mitigation ({@code MID-xxx}) labelled with the
 * requirement's IEC 62443 id (or the id of a requirement in its mapping's {@code via}; a SAR/EDR/HDR/NDR x.y
 * requirement also takes the labels of CR x.y), or an EMB3D threat ({@code TID-xxx}) such a mitigation mitigates.
 * ATT&CK techniques are not followed (each has many mitigations; the link would be too loose).
 */
final class ThreatLinks {
    private final Map<String, Set<String>> refs = new HashMap<>();

    ThreatLinks(Profile profile, CatalogSet catalogs) {
        CrossLinks links = catalogs.links();
        for (Requirement r : profile.requirements()) {
            Set<String> s = new HashSet<>();
            add(r.id(), links, s);
            String base = r.id().replaceAll(" RE \\d+$", "");
            if (base.matches("(SAR|EDR|HDR|NDR) \\d+\\.\\d+") && r.id().equals(base)) add("CR " + base.substring(4), links, s);
            for (String v : r.mapping().via()) add(v, links, s);
            refs.put(r.id(), s);
        }
    }

    private static void add(String requirementId, CrossLinks links, Set<String> out) {
        for (IcsMitigation m : links.icsMitigationsForRequirement(requirementId)) {
            if (exact(m.iec62443(), requirementId)) out.add(key(m.id()));
        }
        for (Emb3dMitigation m : links.emb3dMitigationsForRequirement(requirementId)) {
            if (!exact(m.iec62443(), requirementId)) continue;
            out.add(key(m.id()));
            m.mitigates().forEach(t -> out.add(key(t)));
        }
    }

    /** CrossLinks also returns an RE's mitigations for its base id; only exact labels count here. */
    private static boolean exact(List<String> labels, String id) {
        String want = key(id);
        for (String l : labels) if (key(l).equals(want)) return true;
        return false;
    }

    /** The catalog entries linked to a requirement (mitigation and EMB3D threat ids, upper case). */
    Set<String> catalogRefs(String requirementId) {
        return refs.getOrDefault(requirementId, Set.of());
    }

    boolean linked(ThreatFinding t, Requirement r) {
        if (t.rule() != null) {
            for (CountermeasureKind k : t.rule().mitigatedBy()) if (r.mapping().kinds().contains(k)) return true;
        }
        Set<String> s = catalogRefs(r.id());
        if (s.isEmpty()) return false;
        for (String ref : t.references()) if (s.contains(key(ref))) return true;
        return false;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    static String key(String id) {
        String t = id.trim();
        for (int i = 0; i < t.length(); i++) {
            if (Character.isWhitespace(t.charAt(i))) return SPACES.matcher(t).replaceAll(" ").toUpperCase(Locale.ROOT);
        }
        return t.toUpperCase(Locale.ROOT);
    }
}
