package org.threatloom.catalog.risk;

import org.threatloom.model.Level;
import org.threatloom.model.PhysicalAccess;

/**
 * ISO/SAE 21434 attack feasibility by the attack-potential approach: the sum of five factor values gives the
 * attack potential; the lower it is, the more feasible the attack. Values and bands as in the standard's
 * attack-potential tables (elapsed time, expertise, knowledge of the item, window of opportunity, equipment).
 */
public record AttackFeasibility(ElapsedTime elapsedTime, Expertise expertise, Knowledge knowledge, Window window, Equipment equipment) {

    public enum ElapsedTime {
        ONE_DAY(0), ONE_WEEK(1), ONE_MONTH(4), SIX_MONTHS(17), MORE_THAN_SIX_MONTHS(19);
        final int value;
        ElapsedTime(int v) { value = v; }
    }

    public enum Expertise {
        LAYMAN(0), PROFICIENT(3), EXPERT(6), MULTIPLE_EXPERTS(8);
        final int value;
        Expertise(int v) { value = v; }
    }

    public enum Knowledge {
        PUBLIC(0), RESTRICTED(3), CONFIDENTIAL(7), STRICTLY_CONFIDENTIAL(11);
        final int value;
        Knowledge(int v) { value = v; }
    }

    /** Window of opportunity; FROM_PHYSICAL_ACCESS is decided per element from its {@code physicalAccess}. */
    public enum Window {
        UNLIMITED(0), EASY(1), MODERATE(4), DIFFICULT(10), FROM_PHYSICAL_ACCESS(-1);
        final int value;
        Window(int v) { value = v; }
    }

    public enum Equipment {
        STANDARD(0), SPECIALIZED(4), BESPOKE(7), MULTIPLE_BESPOKE(9);
        final int value;
        Equipment(int v) { value = v; }
    }

    public enum Rating { HIGH, MEDIUM, LOW, VERY_LOW }

    /** The window an element's physical exposure gives an attacker. */
    public static Window windowFor(PhysicalAccess access) {
        if (access == null) return Window.MODERATE;
        return switch (access) {
            case PUBLIC -> Window.UNLIMITED;
            case STAFF -> Window.EASY;
            case RESTRICTED -> Window.MODERATE;
            case NONE -> Window.DIFFICULT;
        };
    }

    public int potential(PhysicalAccess access) {
        Window w = window == Window.FROM_PHYSICAL_ACCESS ? windowFor(access) : window;
        return elapsedTime.value + expertise.value + knowledge.value + w.value + equipment.value;
    }

    public Rating rating(PhysicalAccess access) {
        int p = potential(access);
        if (p <= 13) return Rating.HIGH;
        if (p <= 19) return Rating.MEDIUM;
        if (p <= 24) return Rating.LOW;
        return Rating.VERY_LOW;
    }

    /** The likelihood a feasibility rating stands for. */
    public static Level likelihood(Rating r) {
        return switch (r) {
            case HIGH -> Level.HIGH;
            case MEDIUM -> Level.MEDIUM;
            case LOW, VERY_LOW -> Level.LOW;
        };
    }
}
