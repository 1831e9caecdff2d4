package org.threatloom.catalog.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;

/** The rules in force, sorted by id, with a per-class index so derivation asks each element only its rules. */
public final class RuleSet {
    private final List<Rule> rules;
    private final Map<String, Rule> byId = new LinkedHashMap<>();
    private final Map<Rule, Integer> position = new IdentityHashMap<>();
    private final Map<EClass, List<Rule>> byClass = Collections.synchronizedMap(new IdentityHashMap<>());

    public RuleSet(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(Rule::id));
        this.rules = List.copyOf(sorted);
        for (Rule r : this.rules) {
            position.put(r, position.size());
            byId.put(r.id(), r);
        }
    }

    public List<Rule> rules() {
        return rules;
    }

    public Rule get(String id) {
        return byId.get(id);
    }

    /** Position of a rule in id order (for sorting without comparing strings), -1 if not in this set. */
    public int positionOf(Rule rule) {
        return position.getOrDefault(rule, -1);
    }

    public int size() {
        return rules.size();
    }

    /** The rules that apply to elements of this concrete class, in id order. */
    public List<Rule> rulesFor(EClass concrete) {
        List<Rule> cached = byClass.get(concrete);
        if (cached != null) return cached;
        List<Rule> out = new ArrayList<>();
        for (Rule r : rules) if (r.appliesTo(concrete)) out.add(r);
        List<Rule> result = List.copyOf(out);
        byClass.put(concrete, result);
        return result;
    }

    /** These rules plus {@code overrides}; a rule with the same id replaces the original. */
    public RuleSet with(List<Rule> overrides) {
        Map<String, Rule> merged = new LinkedHashMap<>(byId);
        for (Rule r : overrides) merged.put(r.id(), r);
        return new RuleSet(new ArrayList<>(merged.values()));
    }
}
