package org.threatloom.metamodel.interop;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.CountermeasureKind;
import org.threatloom.model.DataFlow;
import org.threatloom.model.Level;
import org.threatloom.model.ModelElement;
import org.threatloom.model.Organization;
import org.threatloom.model.PolicyDomain;
import org.threatloom.model.Property;
import org.threatloom.model.SecurityLevelVector;
import org.threatloom.model.Stride;
import org.threatloom.model.SystemModel;
import org.threatloom.model.Threat;
import org.threatloom.model.ThreatOrigin;
import org.threatloom.model.ThreatStatus;
import org.threatloom.model.ThreatloomFactory;
import org.threatloom.model.ThreatloomPackage;
import org.threatloom.model.Zone;

/**
 * What every importer needs while building a model: readable unique ids, zones with an SL-T, parties by name,
 * properties, protocol and threat vocabulary from the shared mapping tables, and the report.
 */
public final class ModelBuilder {
    /** Property keys for diagram geometry, written by importers that have it and read by exporters. */
    public static final String X = "layout.x", Y = "layout.y", WIDTH = "layout.width", HEIGHT = "layout.height",
            DIAGRAM = "layout.diagram", POINTS = "layout.points";
    /** Tag of the zone that holds elements drawn outside every boundary (never exported as a boundary). */
    public static final String OUTSIDE_TAG = "outside-boundaries";
    /** Source id of that zone, so that a re-import matches it like any other. */
    public static final String OUTSIDE_SOURCE_ID = "threatloom:outside";
    private static final Pattern UUID = Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern READABLE = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,63}");
    private static final Pattern THREAT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@>*#+-]{0,199}");
    private static final ThreatloomFactory F = ThreatloomFactory.eINSTANCE;

    private final SystemModel model;
    private final ImportReport report;
    private final Set<String> used = new HashSet<>();
    private final Map<String, Organization> parties = new HashMap<>();
    private final MappingTable threats = MappingTable.get("threats");
    private final Map<String, Stride> categories = threats.literals("categories", ThreatloomPackage.eINSTANCE.getStride());
    private final Map<String, ThreatStatus> statuses = threats.literals("statuses", ThreatloomPackage.eINSTANCE.getThreatStatus());
    private final Map<String, Level> levels = threats.literals("levels", ThreatloomPackage.eINSTANCE.getLevel());
    private final Map<String, CountermeasureKind> kinds = threats.literals("mitigationKinds", ThreatloomPackage.eINSTANCE.getCountermeasureKind());
    private final MappingTable zones = MappingTable.get("zones");
    private final Map<String, ElementSpec> protocols = MappingTable.get("protocols").specs("protocols", ThreatloomPackage.eINSTANCE.getDataFlow());

    public ModelBuilder(ImportReport report, String name, String sourceId) {
        this.report = report;
        this.model = F.createSystemModel();
        model.setName(name == null || name.isBlank() ? "Imported model" : name);
        model.setSourceId(sourceId);
        model.setId(id(sourceId != null && readable(sourceId) ? sourceId : model.getName(), "system"));
    }

    public SystemModel model() { return model; }

    public ImportReport report() { return report; }

    /** A readable unique id: the source id when it is readable (not a UUID), else a slug of the name, else the prefix. */
    public String elementId(String sourceId, String name, String prefix) {
        return id(sourceId != null && readable(sourceId) ? sourceId : name, prefix);
    }

    /** A unique id from {@code preferred} (slugged), falling back to {@code prefix}. */
    public String id(String preferred, String prefix) {
        String base = slug(preferred);
        if (base.isEmpty()) base = prefix;
        else if (!Character.isLetter(base.charAt(0))) base = prefix + "-" + base;
        String id = base;
        for (int i = 2; !used.add(id); i++) id = base + "-" + i;
        return id;
    }

    /** A threat keeps its original id when it is a usable, unused XML id; otherwise it gets a readable one (reported). */
    public String threatId(String original, String title) {
        if (original != null && THREAT_ID.matcher(original).matches() && used.add(original)) return original;
        String id = id(title, "threat");
        if (original != null) report.note("threat id '" + original + "' is " + (THREAT_ID.matcher(original).matches() ? "used twice" : "not a usable id")
                + "; imported as '" + id + "' (the original stays its sourceId)");
        return id;
    }

    public static boolean readable(String id) {
        return READABLE.matcher(id).matches() && !UUID.matcher(id).find();
    }

    public static String slug(String s) {
        if (s == null) return "";
        String out = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return out.length() > 48 ? out.substring(0, 48).replaceAll("-+$", "") : out;
    }

    /** A zone with SL-T {@code level} on every FR and a policy domain guessed from its name (zones.yaml). */
    public Zone zone(String sourceId, String name, int level) {
        Zone z = F.createZone();
        z.setId(elementId(sourceId, name, "zone"));
        z.setSourceId(sourceId);
        z.setName(name == null || name.isBlank() ? "Zone" : name);
        z.setSlTarget(levels(level));
        z.setDomain(domain(z.getName()));
        model.getZones().add(z);
        report.count("zones");
        return z;
    }

    public int defaultLevel() {
        return zones.integer("defaultLevel", 1);
    }

    /** SL-T from an OTM-style trust rating (0-100), per zones.yaml. */
    public int levelForTrustRating(double rating) {
        for (Map<String, Object> row : zones.list("trustRating")) {
            if (rating >= ((Number) row.get("atLeast")).doubleValue()) return ((Number) row.get("level")).intValue();
        }
        return 0;
    }

    public PolicyDomain domain(String zoneName) {
        String n = zoneName == null ? "" : zoneName.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : zones.strings("domainByName").entrySet()) {
            if (n.contains(e.getKey())) return PolicyDomain.get(e.getValue());
        }
        return PolicyDomain.get(zones.text("defaultDomain", "ON_PREMISES"));
    }

    public PolicyDomain threagileDomain(String boundaryType) {
        String d = zones.strings("threagileTypes").get(MappingTable.key(boundaryType));
        return d == null ? null : PolicyDomain.get(d);
    }

    /** The zone for elements outside every boundary, created on first use. */
    public Zone outsideZone() {
        for (Zone z : model.getZones()) if (z.getTags().contains(OUTSIDE_TAG)) return z;
        Zone z = zone(OUTSIDE_SOURCE_ID, zones.text("outsideZoneName", "Outside trust boundaries"), defaultLevel());
        z.getTags().add(OUTSIDE_TAG);
        report.set("zones", report.count("zones", 1) - 1);
        return z;
    }

    public static SecurityLevelVector levels(int level) {
        SecurityLevelVector v = F.createSecurityLevelVector();
        int l = Math.max(0, Math.min(4, level));
        v.setIac(l);
        v.setUc(l);
        v.setSi(l);
        v.setDc(l);
        v.setRdf(l);
        v.setTre(l);
        v.setRa(l);
        return v;
    }

    /** An organisation by name, created once (owners, authors). */
    public Organization party(String name) {
        return parties.computeIfAbsent(name.trim(), n -> {
            Organization o = F.createOrganization();
            o.setId(id(n, "party"));
            o.setName(n);
            o.setSourceId("party:" + n);
            model.getParties().add(o);
            return o;
        });
    }

    /** Adds a property unless the value is null or blank. */
    public static void property(ModelElement e, String key, Object value) {
        if (value == null || value.toString().isBlank()) return;
        for (Property p : e.getProperties()) {
            if (p.getKey().equals(key)) {
                p.setValue(value.toString());
                return;
            }
        }
        Property p = F.createProperty();
        p.setKey(key);
        p.setValue(value.toString());
        e.getProperties().add(p);
    }

    public static String property(ModelElement e, String key) {
        for (Property p : e.getProperties()) if (p.getKey().equals(key)) return p.getValue();
        return null;
    }

    public static void layout(ModelElement e, Double x, Double y, Double w, Double h) {
        property(e, X, num(x));
        property(e, Y, num(y));
        property(e, WIDTH, num(w));
        property(e, HEIGHT, num(h));
    }

    public static String num(Double d) {
        if (d == null) return null;
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
    }

    /** Sets protocol and encryption from a protocol name; an unknown name is kept as a property and reported. */
    public void protocol(DataFlow flow, String text, String place) {
        if (text == null || text.isBlank()) return;
        String key = MappingTable.key(text);
        ElementSpec spec = protocols.get(key);
        if (spec == null) {
            for (String prefix : MappingTable.get("protocols").stringList("prefixes")) {
                if (key.startsWith(prefix + " ") || key.startsWith(prefix + "/") || key.startsWith(prefix + ":")) spec = protocols.get(prefix);
            }
        }
        property(flow, "source.protocol", text);
        if (spec == null) {
            report.unmapped(place, "protocol '" + text + "'", "no metamodel protocol; kept as property source.protocol");
            return;
        }
        spec.applyTo(flow);
    }

    /** Sets protocol and encryption when {@code text} names a known protocol (e.g. an OTM tag); otherwise nothing. */
    public void protocolIfKnown(DataFlow flow, String text) {
        ElementSpec spec = text == null ? null : protocols.get(MappingTable.key(text));
        if (spec != null) spec.applyTo(flow);
    }

    public Stride stride(String category) {
        return category == null ? null : categories.get(MappingTable.key(category));
    }

    public ThreatStatus status(String word) {
        return word == null ? null : statuses.get(MappingTable.key(word));
    }

    public Level level(String word) {
        return word == null ? null : levels.get(MappingTable.key(word));
    }

    /** A new imported threat record on {@code target} (the model itself when the source names no element). */
    public Threat threat(String sourceId, String title, EObject target) {
        Threat t = F.createThreat();
        t.setId(threatId(sourceId, title));
        t.setSourceId(sourceId);
        t.setName(title == null || title.isBlank() ? "Imported threat" : title);
        t.setOrigin(ThreatOrigin.IMPORTED);
        t.setTarget(target instanceof ModelElement m ? m : model);
        model.getThreats().add(t);
        report.count("threats");
        return t;
    }

    /** Sets the STRIDE category from a label; a label with no STRIDE meaning is kept and reported. */
    public void category(Threat t, String label, String place) {
        Stride s = stride(label);
        if (s != null) {
            t.setStride(s);
            if (!same(label, s.getLiteral()) && label.length() > 1) property(t, "source.category", label);
            return;
        }
        property(t, "source.category", label);
        property(t, "stride.unknown", "true");
        report.unmapped(place, "threat category '" + label + "'", "no STRIDE category; threat kept, category in property source.category");
    }

    /** Tag of an imported countermeasure whose kind no keyword in threats.yaml gave: it protects nothing. */
    public static final String KIND_GUESSED = "kind-guessed";

    /** A countermeasure from a source mitigation; its kind comes from keywords in its text (threats.yaml). */
    public Countermeasure countermeasure(String sourceId, String name, String description) {
        Countermeasure c = F.createCountermeasure();
        c.setId(elementId(sourceId, name, "countermeasure"));
        c.setSourceId(sourceId);
        c.setName(name == null || name.isBlank() ? "Imported mitigation" : name);
        c.setDescription(description);
        CountermeasureKind kind = null;
        String text = (name == null ? "" : name) + " " + (description == null ? "" : description);
        for (Map.Entry<String, CountermeasureKind> e : kinds.entrySet()) {
            if (Pattern.compile(e.getKey(), Pattern.CASE_INSENSITIVE).matcher(text).find()) {
                kind = e.getValue();
                break;
            }
        }
        if (kind == null) {
            kind = CountermeasureKind.SECURE_CONFIGURATION;
            c.getTags().add(KIND_GUESSED);
        }
        c.setKind(kind);
        model.getCountermeasures().add(c);
        report.count("mitigations");
        return c;
    }

    /** Equal ignoring case, spaces, dashes and underscores ("Information disclosure" = INFORMATION_DISCLOSURE). */
    static boolean same(String a, String b) {
        return a.replaceAll("[^A-Za-z0-9]", "").equalsIgnoreCase(b.replaceAll("[^A-Za-z0-9]", ""));
    }

    public void status(Threat t, String word, String place) {
        if (word == null || word.isBlank()) return;
        ThreatStatus s = status(word);
        if (s == null) {
            report.unmapped(place, "threat status '" + word + "'", "unknown status; imported as OPEN");
            property(t, "source.status", word);
            return;
        }
        t.setStatus(s);
        if (!same(word, s.getLiteral())) property(t, "source.status", word);
    }
}
