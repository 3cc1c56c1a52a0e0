package org.sosqa.rules;

import java.util.List;
import java.util.Objects;

import org.sosqa.rules.internal.DefaultKieBase;
import org.sosqa.rules.internal.LoadedRules;
import org.sosqa.rules.internal.SmokeInput;
import org.sosqa.rules.internal.SmokeResult;

/**
 * A self-test of the rule engine as deployed: loads the precompiled default rules and fires a
 * placeholder rule. Use it to check that a repackaged application (a shaded jar, an application server)
 * still carries everything the engine needs.
 */
public final class EngineCheck {

    private EngineCheck() {
    }

    /**
     * The outcome of a successful check.
     *
     * @param rulePack the name of the default rules' KieBase
     * @param rules the number of rules it holds
     * @param firedRules the names of the rules that fired, in order
     * @param loadNanos time spent loading the default rules in this call (zero once they are loaded)
     * @param fireNanos time spent running the check's one execution
     */
    public record Result(String rulePack, int rules, List<String> firedRules, long loadNanos, long fireNanos) {

        public Result {
            Objects.requireNonNull(rulePack, "rulePack");
            firedRules = List.copyOf(firedRules);
        }
    }

    /**
     * Runs the check.
     *
     * @return what was loaded and fired
     * @throws IllegalStateException if the default rules cannot be loaded or the rule does not fire as
     *     expected; the message says why
     */
    public static Result run() {
        long start = System.nanoTime();
        LoadedRules rules = DefaultKieBase.get();
        long loaded = System.nanoTime();
        SmokeResult result = new SmokeResult();
        rules.execute(List.of(new SmokeInput(21), result));
        long fired = System.nanoTime();
        if (!result.values().equals(List.of(42))) {
            throw new IllegalStateException("The engine loaded but the smoke rule did not fire as expected:"
                    + " fired " + result.firedRules() + " with values " + result.values());
        }
        return new Result(rules.name(), rules.ruleCount(), result.firedRules(), loaded - start, fired - loaded);
    }
}
