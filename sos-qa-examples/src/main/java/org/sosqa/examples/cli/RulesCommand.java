package org.sosqa.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sos-qa rules}: tools for rule authors working on a local rule pack. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Tools for a local rule pack: check it, run its golden cases, and see what it would change.",
            "See docs/rule-authoring.md."},
        subcommands = {RulesCheckCommand.class, RulesTestCommand.class, RulesDiffCommand.class})
final class RulesCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: check, test or diff");
    }
}
