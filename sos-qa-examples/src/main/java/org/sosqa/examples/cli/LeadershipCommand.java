package org.sosqa.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sos-qa leadership}: leaders' time for practice, and the implementation self-rating. */
@Command(name = "leadership", mixinStandardHelpOptions = true,
        description = {"Leading for practice: leaders' time by role against targets, and the 0-10 implementation rating over time.",
            "See docs/leadership.md."},
        subcommands = {LeadershipTimeCommand.class, LeadershipRatingCommand.class})
final class LeadershipCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: time or rating");
    }
}
