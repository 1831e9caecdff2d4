package org.threatloom.formal.theorems;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The seven sufficiency theorems. Each names its {@code .als} file (the single source of truth for what it
 * means), the assertion checked there, the fun that lists its violations in a counterexample, the relations
 * it leaves open for the solver (the attacker's choices), and how the model is sliced for it.
 */
public enum Theorem {
    COVERAGE("coverage", "coverage.als", "Coverage", "uncovered", List.of(),
            "every threat at or above the risk threshold is mitigated by an implemented countermeasure of sufficient strength"),
    ATTACK_PATHS("attack-paths", "attack_paths.als", "AttackPaths", "reached", List.of("Attack.attacker", "Attack.entry", "Attack.target", "Attack.hops"),
            "no path from an attacker entry point to a critical asset where every hop is unblocked"),
    KEY_CUSTODY("key-custody", "key_custody.als", "KeyCustody", "unprotected", List.of(),
            "classified data in a zone its owner does not control is protected by an owner-held key at rest, in transit and in use"),
    ROUTE_CHARACTERISTICS("route-characteristics", "route_characteristics.als", "RouteCharacteristics", "failing", List.of(),
            "flows of key material or high-classification data traverse only paths with the required properties"),
    SUPPLY_CHAIN("supply-chain", "supply_chain.als", "SupplyChainProvenance", "unverified", List.of(),
            "every hardware part and firmware image in a critical component has verified provenance and an authenticity check"),
    DATA_FLOW("data-flow", "data_flow.als", "DataFlowPolicy", "breaches", List.of(),
            "data never reaches a zone cleared below its classification unless anonymised or under an owner-held key, and such flows are audit-logged"),
    K_COMPROMISE("k-compromise", "k_compromise.als", "KCompromise", "reached", List.of("Compromise.attacker", "Compromise.supplier", "Compromise.start", "Compromise.target",
                    "Compromise.hops", "Slot.pick"),
            "no set of at most k compromised components, or one compromised supplier, reaches a critical asset");

    /** Relations every theorem may leave to the facts of common.als (the order of the scales). */
    public static final Set<String> DEFINED_BY_FACTS = Set.of("Level.succ", "Class.higher", "Stride.threatens");

    private final String cliName;
    private final String file;
    private final String assertion;
    private final String witness;
    private final List<String> open;
    private final String meaning;

    Theorem(String cliName, String file, String assertion, String witness, List<String> open, String meaning) {
        this.cliName = cliName;
        this.file = file;
        this.assertion = assertion;
        this.witness = witness;
        this.open = open;
        this.meaning = meaning;
    }

    /** The name on the command line and in reports, e.g. {@code attack-paths}. */
    public String cliName() {
        return cliName;
    }

    public String file() {
        return file;
    }

    public String assertion() {
        return assertion;
    }

    /** The fun of the theorem file that lists its violations in a counterexample. */
    public String witness() {
        return witness;
    }

    /** Relations the solver chooses (bounded above, never fixed). */
    public List<String> openRelations() {
        return open;
    }

    /** One line in plain words (the full meaning is the comment at the top of the {@code .als} file). */
    public String meaning() {
        return meaning;
    }

    /** Looks a theorem up by its CLI name, enum name or assertion name, case-insensitively. */
    public static Theorem find(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Theorem t : values()) {
            if (t.cliName.equals(n) || t.assertion.toLowerCase(Locale.ROOT).equals(n.replace("-", ""))
                    || t.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(n)) return t;
        }
        return null;
    }
}
