package org.threatloom.formal.repair;

import java.util.List;

import org.threatloom.formal.result.CheckReport;
import org.threatloom.formal.result.ElementRef;

/**
 * What repair proposes: the smallest set of countermeasures per failing theorem (shared ones counted once),
 * what each closes, and the check of the model with all of them added.
 *
 * @param after the theorems checked again on a copy of the model with the additions in force (null if nothing was added)
 */
public record RepairPlan(List<Addition> additions, List<TheoremRepair> theorems, CheckReport after) {

    /**
     * One countermeasure to add (or, when {@code existing} is set, a proposed or planned one to implement).
     *
     * @param closes   the threats it mitigates that were open
     * @param theorems the theorems whose repair needs it
     */
    public record Addition(String id, String kind, ElementRef protects, int slCapability, int cost, String existing,
                           List<String> closes, List<String> theorems) {}

    /**
     * @param repaired  the theorem holds on its failing slices once the additions are in force
     * @param additions how many countermeasures its smallest repair needs
     * @param note      why not, when it could not be repaired
     */
    public record TheoremRepair(String theorem, boolean repaired, int additions, String note) {}

    public boolean complete() {
        return theorems.stream().allMatch(TheoremRepair::repaired);
    }
}
