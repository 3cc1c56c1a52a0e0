package org.sosqa.rules.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.sosqa.rules.audit.RuleCase.Expect;
import org.sosqa.rules.internal.DefaultKieBase;
import org.sosqa.rules.internal.scoring.Instrument;
import org.sosqa.rules.internal.scoring.InstrumentLoader;

/**
 * Every rule in the default KieBase has rows in {@link RuleTableTest}: one where it fires and one where
 * it gives a different answer. A new rule without a test fails the build here.
 */
class RuleCoverageTest {

    /** Not an audit rule: it proves the precompiled KieBase fires, and DefaultKieBaseTest tests it. */
    private static final Set<String> TESTED_ELSEWHERE = Set.of("engine.smoke");

    /** Every rule in the KieBase by name, with its {@code @criterion} metadata (null for limits). */
    static Map<String, String> rules() {
        Map<String, String> rules = new TreeMap<>();
        DefaultKieBase.get().kieBase().getKiePackages().forEach(p -> p.getRules().forEach(r -> rules.put(r.getName(), criterion(r))));
        return rules;
    }

    private static String criterion(Rule rule) {
        Object value = rule.getMetaData().get("criterion");
        return value == null ? null : value.toString().replace("\"", "");
    }

    @Test
    void everyRuleHasRowsThatMakeItFireAndGiveAnotherAnswer() {
        Map<String, Set<Expect>> outcomes = new TreeMap<>();
        for (RuleCase row : RuleTableTest.cases()) {
            outcomes.computeIfAbsent(row.rule(), k -> EnumSet.noneOf(Expect.class)).add(row.expect());
        }
        Map<String, String> rules = rules();
        assertTrue(rules.size() >= 40, "the default pack has about forty rules: " + rules.keySet());
        List<String> untested = rules.keySet().stream()
                .filter(rule -> !TESTED_ELSEWHERE.contains(rule))
                .filter(rule -> {
                    Set<Expect> seen = outcomes.getOrDefault(rule, Set.of());
                    return seen.size() < 2 || seen.stream().noneMatch(Expect::fires);
                })
                .toList();
        assertEquals(List.of(), untested, "rules without a row where they fire and a row where they answer otherwise in RuleTableTest");

        Set<String> unknown = new TreeSet<>(outcomes.keySet());
        unknown.removeAll(rules.keySet());
        assertEquals(Set.of(), unknown, "rows for rules that are not in the KieBase");
    }

    @Test
    void rowsNameEachRulesOwnCriterionAndLimitsHaveNone() {
        Map<String, String> rules = rules();
        for (RuleCase row : RuleTableTest.cases()) {
            String criterion = rules.get(row.rule());
            switch (row.expect()) {
                case MET, NOT_MET -> assertEquals(criterion, row.criterion(), row + ": the rule's @criterion");
                case ABSENT -> assertTrue(criterion != null, row + ": a rule that records checks has a @criterion");
                case LIMIT, NO_LIMIT -> assertEquals(null, criterion, row + ": a limiting judgement counts towards no criterion");
                default -> throw new AssertionError(row.expect());
            }
        }
    }

    @Test
    void everyCriterionOfTheInstrumentHasARuleAndEveryRuleCriterionIsInTheInstrument() {
        Instrument instrument = InstrumentLoader.defaultInstrument();
        Set<String> criteria = instrument.domains().stream().flatMap(d -> d.criteria().stream())
                .map(Instrument.Criterion::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> used = rules().values().stream().filter(c -> c != null).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(criteria, used, "criteria of the instrument vs criteria the rules check");
    }
}
