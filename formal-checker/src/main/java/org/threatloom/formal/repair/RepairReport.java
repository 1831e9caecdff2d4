package org.threatloom.formal.repair;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.threatloom.formal.result.ReportJson;
import org.threatloom.formal.result.TheoremResult;

/** A repair plan as text and as plain maps for JSON. */
public final class RepairReport {
    private RepairReport() {}

    public static String text(RepairPlan p) {
        StringBuilder sb = new StringBuilder("\nRepair: ");
        if (p.additions().isEmpty() && p.theorems().isEmpty()) return sb.append("nothing to repair\n").toString();
        sb.append(p.additions().size()).append(" countermeasure(s)\n");
        for (RepairPlan.Addition a : p.additions()) {
            sb.append(String.format("  + %s %s on %s (SL %d, cost %d)%s%n", a.existing() != null ? "implement " + a.id() + " (now "
                    + a.existing() + "):" : "add", a.kind(), a.protects(), a.slCapability(), a.cost(), a.existing() == null ? " [" + a.id() + "]" : ""));
            sb.append("      for ").append(String.join(", ", a.theorems()));
            if (!a.closes().isEmpty()) sb.append("; closes ").append(String.join(", ", a.closes()));
            sb.append('\n');
        }
        for (RepairPlan.TheoremRepair t : p.theorems()) {
            sb.append(String.format("  %-22s %s%n", t.theorem(), t.repaired() ? "repaired with " + t.additions() + " countermeasure(s)" : "not repaired: " + t.note()));
        }
        if (p.after() != null) {
            sb.append("  checked again with the repair in force:");
            for (TheoremResult t : p.after().theorems()) sb.append(' ').append(t.theorem().cliName()).append('=').append(t.verdict().json());
            sb.append('\n');
        }
        return sb.toString();
    }

    public static Map<String, Object> json(RepairPlan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> adds = new ArrayList<>();
        for (RepairPlan.Addition a : p.additions()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", a.id());
            x.put("action", a.existing() == null ? "add" : "implement");
            if (a.existing() != null) x.put("currentStatus", a.existing());
            x.put("kind", a.kind());
            x.put("protects", a.protects() == null ? null : ReportJson.refs(List.of(a.protects())).get(0));
            x.put("slCapability", a.slCapability());
            x.put("cost", a.cost());
            x.put("theorems", a.theorems());
            x.put("closes", a.closes());
            adds.add(x);
        }
        m.put("additions", adds);
        List<Object> ts = new ArrayList<>();
        for (RepairPlan.TheoremRepair t : p.theorems()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", t.theorem());
            x.put("repaired", t.repaired());
            x.put("additions", t.additions());
            if (t.note() != null) x.put("note", t.note());
            ts.add(x);
        }
        m.put("theorems", ts);
        if (p.after() != null) {
            Map<String, Object> after = new LinkedHashMap<>();
            for (TheoremResult t : p.after().theorems()) after.put(t.theorem().cliName(), t.verdict().json());
            m.put("after", after);
        }
        return m;
    }
}
