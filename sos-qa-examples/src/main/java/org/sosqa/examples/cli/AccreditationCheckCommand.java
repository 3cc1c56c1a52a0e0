package org.sosqa.examples.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.sosqa.rules.AccreditationEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sos-qa accreditation check DIR}: every problem in a scheme's criteria pack, with file and line. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check a scheme's criteria pack: every problem, each with its file and line.",
            "Exit 0 when the pack is good, 1 when it has problems."})
final class AccreditationCheckCommand implements Callable<Integer> {
    @Mixin
    private PackOptions pack;

    @Override
    public Integer call() throws IOException {
        return pack.printProblems(AccreditationEngine.check(pack.folder()));
    }
}
