package org.threatloom.metamodel.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.threatloom.model.Component;
import org.threatloom.model.ModelElement;
import org.threatloom.model.SecurityLevelVector;
import org.threatloom.model.Supplier;
import org.threatloom.model.Supply;
import org.threatloom.model.SystemModel;
import org.threatloom.model.Verification;
import org.threatloom.model.Zone;

/** What {@code threatloom show} prints: counts per type, zones with SL-T, suppliers and what they supplied. */
public record ModelSummary(String id, String name, int elements, Map<String, Integer> countsByType, List<ZoneLine> zones,
                           List<SupplierLine> suppliers) {

    public record ZoneLine(String id, String name, String domain, String controlledBy, Map<String, Integer> slTarget, int members) {}

    public record SupplierLine(String id, String name, String type, String country, List<SupplyLine> supplies) {}

    public record SupplyLine(String id, String phase, List<String> parts, List<String> verifications) {}

    public static ModelSummary of(SystemModel model) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<Zone, Integer> members = new LinkedHashMap<>();
        int elements = 0;
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (!(o instanceof ModelElement)) continue;
            elements++;
            counts.merge(o.eClass().getName(), 1, Integer::sum);
            if (o instanceof Component c && c.getZone() != null) members.merge(c.getZone(), 1, Integer::sum);
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        List<ZoneLine> zones = new ArrayList<>();
        for (Zone z : model.getZones()) {
            zones.add(new ZoneLine(z.getId(), Labels.name(z), z.getDomain().getLiteral(),
                    z.getControlledBy() == null ? null : Labels.name(z.getControlledBy()), levels(z.getSlTarget()),
                    members.getOrDefault(z, 0)));
        }
        return new ModelSummary(model.getId(), Labels.name(model), elements, sorted, zones, suppliers(model));
    }

    private static List<SupplierLine> suppliers(SystemModel model) {
        Map<Supplier, List<SupplyLine>> bySupplier = new LinkedHashMap<>();
        model.getParties().stream().filter(p -> p instanceof Supplier).forEach(p -> bySupplier.put((Supplier) p, new ArrayList<>()));
        for (Supply s : model.getSupplies()) {
            if (s.getSupplier() == null) continue;
            List<String> parts = s.getParts().stream().map(Labels::name).toList();
            List<String> checks = new ArrayList<>();
            for (Verification v : s.getVerifications()) checks.add(v.getMethod().getLiteral() + "=" + v.getResult().getLiteral());
            bySupplier.computeIfAbsent(s.getSupplier(), k -> new ArrayList<>()).add(new SupplyLine(s.getId(), s.getPhase().getLiteral(), parts, checks));
        }
        List<SupplierLine> out = new ArrayList<>();
        bySupplier.forEach((sup, lines) -> out.add(new SupplierLine(sup.getId(), Labels.name(sup), sup.eClass().getName(), sup.getCountry(), lines)));
        out.sort(Comparator.comparing(SupplierLine::type).thenComparing(SupplierLine::name));
        return out;
    }

    /** SL vector as FR name -> level, or an empty map when unset. */
    public static Map<String, Integer> levels(SecurityLevelVector v) {
        Map<String, Integer> m = new LinkedHashMap<>();
        if (v == null) return m;
        m.put("FR1", v.getIac());
        m.put("FR2", v.getUc());
        m.put("FR3", v.getSi());
        m.put("FR4", v.getDc());
        m.put("FR5", v.getRdf());
        m.put("FR6", v.getTre());
        m.put("FR7", v.getRa());
        return m;
    }
}
