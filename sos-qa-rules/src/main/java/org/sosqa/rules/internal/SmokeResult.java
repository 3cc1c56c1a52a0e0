package org.sosqa.rules.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What the placeholder rule {@code engine.smoke} wrote. Input facts are immutable records, so rules
 * write their conclusions into a separate result fact like this one.
 *
 * <p>Not thread-safe: one instance belongs to one execution.
 */
public final class SmokeResult {

    private final List<String> firedRules = new ArrayList<>();
    private final List<Integer> values = new ArrayList<>();

    /**
     * Called from the rule's consequence.
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
