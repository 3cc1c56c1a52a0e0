package org.sosqa.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sos-qa survey}: family and staff surveys (docs/surveys.md). */
@Command(name = "survey", mixinStandardHelpOptions = true,
        description = {"Family and staff surveys: score responses, compare organisations, print a default instrument.",
            "See docs/surveys.md."},
        subcommands = {SurveyScoreCommand.class, SurveyCompareCommand.class, SurveyInstrumentCommand.class})
final class SurveyCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: score, compare or instrument");
    }
}
