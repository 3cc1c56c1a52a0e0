package org.sosqa.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sosqa.rules.RulePackException;
import org.sosqa.rules.RulePacks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sos-qa rules test DIR}: runs a pack's golden cases and shows what differs. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run a rule pack's golden cases (golden/*.json) against the pack and show what differs.",
            "Exit 0 when every golden case gives what its author expects, 1 otherwise or when the pack has problems."})
final class RulesTestCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private PackOptions pack;

    @Override
    public Integer call() throws java.io.IOException {
        Path dir = pack.folder();
        OutputFormat format = pack.format;
        PrintWriter out = spec.commandLine().getOut();
        RulePacks.GoldenResults results;
        try {
            results = RulePacks.test(dir);
        } catch (RulePackException e) {
            spec.commandLine().getErr().println("the pack has problems; run 'sos-qa rules check " + dir + "':");
            e.problems().forEach(p -> spec.commandLine().getErr().println("  " + p));
            spec.commandLine().getErr().flush();
            if (format == OutputFormat.json) {
                ObjectNode document = Json.object();
                document.put("passed", 0).put("failed", 0);
                ArrayNode failures = document.putArray("failures");
                e.problems().forEach(p -> failures.addObject().put("file", p.file()).putArray("differences").add(p.toString()));
                Json.print(out, document);
            }
            return Main.EXIT_FAILED;
        }
        if (format == OutputFormat.json) {
            ObjectNode document = Json.object();
            document.put("passed", results.passed()).put("failed", results.failed());
            ArrayNode failures = document.putArray("failures");
            for (RulePacks.GoldenResults.Failure failure : results.failures()) {
                ObjectNode entry = failures.addObject().put("file", failure.file());
                ArrayNode differences = entry.putArray("differences");
                failure.differences().forEach(differences::add);
            }
            Json.print(out, document);
        } else {
            for (RulePacks.GoldenResults.Failure failure : results.failures()) {
                out.println("FAILED " + failure.file());
                failure.differences().forEach(d -> out.println("  " + d));
            }
            out.printf("%d passed, %d failed%n", results.passed(), results.failed());
            out.flush();
        }
        return results.failed() == 0 ? 0 : Main.EXIT_FAILED;
    }
}
