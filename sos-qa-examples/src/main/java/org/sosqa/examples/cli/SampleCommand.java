package org.sosqa.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sosqa.core.SampleCase;
import org.sosqa.core.SosQaJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sos-qa sample}: prints the bundled sample case. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Print the bundled sample case: a child protection case written in the family's own words.",
            "The output is a case document; save it and try the other commands on it."})
final class SampleCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
            description = "Accepted for uniformity with the other commands: the sample is always a JSON document.")
    private OutputFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(SosQaJson.toJson(SampleCase.record()));
        out.flush();
        return 0;
    }
}
