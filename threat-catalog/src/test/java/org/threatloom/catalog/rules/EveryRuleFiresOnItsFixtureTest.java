package org.threatloom.catalog.rules;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.threatloom.model.SystemModel;

/**
 * Every shipped rule fires on the fixture elements it names under {@code fires}, stays silent on those under
 * {@code silent}, and fires somewhere in the fixtures at all (pytm's lesson: a rule that never fires is a bug).
 */
class EveryRuleFiresOnItsFixtureTest {

    @TestFactory
    Stream<DynamicTest> everyRuleFiresOnItsFixturesAndNotOnItsNearMisses() throws Exception {
        RuleSet rules = RuleLoader.loadDefault();
        Map<String, SystemModel> fixtures = Fixtures.all();
        // "fires" means the rule's condition holds on the element (whether or not the engine later folds the finding
        // into a more specific one: that is DerivationEngineTest's business)
        Set<String> found = new HashSet<>();
        for (Map.Entry<String, SystemModel> f : fixtures.entrySet()) {
            org.threatloom.metamodel.query.ModelIndex index = new org.threatloom.metamodel.query.ModelIndex(f.getValue());
            List<org.threatloom.model.ModelElement> elements = new ArrayList<>(index.elements());
            elements.add(f.getValue());
            for (org.threatloom.model.ModelElement e : elements) {
                for (Rule r : rules.rulesFor(e.eClass())) {
                    if (r.conditionFor(e.eClass()).test(org.threatloom.catalog.rules.expr.Scope.of(e, index))) {
                        found.add(f.getKey() + "#" + r.id() + "@" + e.getId());
                    }
                }
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            tests.add(DynamicTest.dynamicTest(rule.id(), () -> {
                assertFalse(rule.firesOn().isEmpty(), rule.id() + " names no fixture where it must fire");
                assertFalse(rule.silentOn().isEmpty(), rule.id() + " names no fixture where it must stay silent");
                for (String ref : rule.firesOn()) {
                    String[] fe = split(ref, rule, fixtures);
                    assertTrue(found.contains(fe[0] + "#" + rule.id() + "@" + fe[1]), rule.id() + " does not fire on " + ref);
                }
                for (String ref : rule.silentOn()) {
                    String[] fe = split(ref, rule, fixtures);
                    assertFalse(found.contains(fe[0] + "#" + rule.id() + "@" + fe[1]), rule.id() + " fires on its near miss " + ref);
                }
                assertTrue(found.stream().anyMatch(k -> k.contains("#" + rule.id() + "@")), rule.id() + " fires on no fixture at all");
            }));
        }
        return tests.stream();
    }

    private static String[] split(String ref, Rule rule, Map<String, SystemModel> fixtures) {
        int hash = ref.indexOf('#');
        assertTrue(hash > 0, rule.id() + ": fixture reference '" + ref + "' is not FILE#ELEMENT");
        String file = ref.substring(0, hash), element = ref.substring(hash + 1);
        SystemModel m = fixtures.get(file);
        assertNotNull(m, rule.id() + ": no fixture file " + file);
        boolean exists = element.equals(m.getId()) || m.eAllContents().hasNext() && streamIds(m).contains(element);
        assertTrue(exists, rule.id() + ": fixture " + file + " has no element '" + element + "'");
        return new String[] {file, element};
    }

    private static Set<String> streamIds(SystemModel m) {
        Set<String> ids = new HashSet<>();
        m.eAllContents().forEachRemaining(o -> {
            if (o instanceof org.threatloom.model.ModelElement e && e.getId() != null) ids.add(e.getId());
        });
        return ids;
    }
}
