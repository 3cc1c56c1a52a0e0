package org.sosqa.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.sosqa.core.survey.SurveyInstruments;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sos-qa survey instrument family|staff}: prints a default instrument's file, to copy and adapt. */
@Command(name = "instrument", mixinStandardHelpOptions = true,
        description = "Prints the default family or staff instrument as JSON: the start of your own.")
final class SurveyInstrumentCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "family|staff", description = "Which default instrument.")
    private String name;

    @Override
    public Integer call() {
        if (!name.equals("family") && !name.equals("staff")) {
            throw new ParameterException(spec.commandLine(), "the default instruments are family and staff, not: " + name);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(SurveyInstruments.defaultText(name));
        out.flush();
        return 0;
    }
}
