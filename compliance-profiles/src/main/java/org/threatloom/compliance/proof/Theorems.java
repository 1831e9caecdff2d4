package org.threatloom.compliance.proof;

import java.util.List;

/**
 * The names of the formal checker's sufficiency theorems, as profiles cite them and as {@code threatloom check}
 * reports them: the CLI names of {@code org.threatloom.formal.theorems.Theorem} (issue 4). A profile naming any
 * other theorem fails to load. Once the checker module is released, this list should be read from that enum.
 */
public final class Theorems {
    public static final String COVERAGE = "coverage";
    public static final String ATTACK_PATHS = "attack-paths";
    public static final String KEY_CUSTODY = "key-custody";
    public static final String ROUTE_CHARACTERISTICS = "route-characteristics";
    public static final String SUPPLY_CHAIN = "supply-chain";
    public static final String DATA_FLOW = "data-flow";
    public static final String K_COMPROMISE = "k-compromise";

    public static final List<String> NAMES = List.of(COVERAGE, ATTACK_PATHS, KEY_CUSTODY, ROUTE_CHARACTERISTICS,
            SUPPLY_CHAIN, DATA_FLOW, K_COMPROMISE);

    private Theorems() {}

    public static boolean known(String name) {
        return NAMES.contains(name);
    }
}
