package org.sosqa.examples.cli;

import java.util.concurrent.Callable;

import org.sosqa.rules.EngineCheck;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sos-qa engine-check}: loads the precompiled default rules and fires a placeholder rule, to show
 * that this build of sos-qa carries a working rule engine.
 */
@Command(name = "engine-check",
        mixinStandardHelpOptions = true,
        description = "Load the default rules and fire a test rule.")
final class EngineCheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        EngineCheck.Result result = EngineCheck.run();
        spec.commandLine().getOut().printf("engine-check: ok: rule pack %s (%d rules) loaded in %.0f ms, fired %s in %.2f ms%n",
                result.rulePack(), result.rules(), result.loadNanos() / 1e6,
                result.firedRules(), result.fireNanos() / 1e6);
        return 0;
    }
}
