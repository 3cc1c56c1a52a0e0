package org.sosqa.rules.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What the test rules of {@link RuntimeRuleCompilerTest} wrote: the name of each rule that fired and
 * the value it computed. Not thread-safe: one instance belongs to one execution.
 */
public final class RuleLog {

    private final List<String> firedRules = new ArrayList<>();
    private final List<Integer> values = new ArrayList<>();

    /**
     * Called from a test rule's consequence.
     *
     * @param ruleName the name of the rule that fired
     * @param value the value it computed
     */
    public void record(String ruleName, int value) {
        firedRules.add(ruleName);
        values.add(value);
    }

    public List<String> firedRules() {
        return List.copyOf(firedRules);
    }

    public List<Integer> values() {
        return List.copyOf(values);
    }
}
