package org.sosqa.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sos-qa inquiry}: appreciative inquiry records and the learning themes across them. */
@Command(name = "inquiry", mixinStandardHelpOptions = true,
        description = {"Appreciative inquiry: the practices behind work people are proud of.",
            "See docs/appreciative-inquiry.md."},
        subcommands = {InquiryThemesCommand.class})
final class InquiryCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: themes");
    }
}
