package org.sosqa.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sos-qa accreditation}: the accreditation self-assessment, peer review and benchmark. */
@Command(name = "accreditation", mixinStandardHelpOptions = true,
        description = {"Accreditation: assess a self-assessment against the bronze, silver and gold criteria, decide a peer review,",
            "and benchmark an organisation among anonymised peers. See docs/accreditation.md."},
        subcommands = {AccreditationAssessCommand.class, AccreditationReviewCommand.class, AccreditationBenchmarkCommand.class,
            AccreditationCheckCommand.class})
final class AccreditationCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: assess, review, benchmark or check");
    }
}
