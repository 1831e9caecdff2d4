package org.threatloom.catalog.rules;

import java.util.ArrayList;
import java.util.List;

import org.threatloom.catalog.CatalogSet;

/** Builds rule sets from YAML text in tests. */
public final class TestRules {
    private TestRules() {}

    public static RuleSet of(String... yamls) {
        List<String> problems = new ArrayList<>();
        RuleReader reader = new RuleReader(CatalogSet.loadDefault());
        List<Rule> rules = new ArrayList<>();
        for (String y : yamls) reader.read(y, "test", null, problems).ifPresent(rules::add);
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("\n", problems));
        return new RuleSet(rules);
    }

    /** A minimal rule: id, type, condition; the rest defaulted. */
    public static String rule(String id, String type, String condition, String... mitigatedBy) {
        return "id: " + id + "\ntitle: " + id + "\nstride: TAMPERING\ndomain: iot\nappliesTo: [" + type + "]\ncondition: \"" + condition
                + "\"\nreferences: [CAPEC-70]\nlikelihood: MEDIUM\nimpact: HIGH\nmitigatedBy: ["
                + (mitigatedBy.length == 0 ? "SECURE_BOOT" : String.join(", ", mitigatedBy)) + "]\n";
    }
}
