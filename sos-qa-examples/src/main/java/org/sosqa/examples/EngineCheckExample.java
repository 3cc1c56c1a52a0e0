package org.sosqa.examples;

import org.sosqa.rules.EngineCheck;

/**
 * Embedding sos-qa: check once at start-up that the rule engine works in your deployment, so that a
 * repackaging mistake (a shaded jar that lost the precompiled rules, say) stops the application at once
 * instead of surfacing as missing findings later.
 */
public final class EngineCheckExample {

    private EngineCheckExample() {
    }

    /**
     * Runs the check and prints what it found.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        EngineCheck.Result result = EngineCheck.run();   // throws IllegalStateException if the engine is broken
        System.out.println("Rule engine ready: " + result.rulePack() + ", " + result.rules() + " rules");
    }
}
