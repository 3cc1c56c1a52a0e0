package org.sosqa.examples.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.sosqa.rules.RulePacks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sos-qa rules check DIR}: every problem in a rule pack, with file and line. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check a rule pack: every problem, each with its file and line, in the author's terms.",
            "Each rule file is also compiled on its own, so the broken file is always named. Exit 0 when the pack is good, 1 when it has problems."})
final class RulesCheckCommand implements Callable<Integer> {
    @Mixin
    private PackOptions pack;

    @Override
    public Integer call() throws IOException {
        return pack.printProblems(RulePacks.check(pack.folder()));
    }
}
