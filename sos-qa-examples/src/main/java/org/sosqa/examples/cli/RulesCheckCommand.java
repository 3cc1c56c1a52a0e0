package org.sosqa.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sosqa.rules.RulePackException;
import org.sosqa.rules.RulePacks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sos-qa rules check DIR}: every problem in a rule pack, with file and line. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check a rule pack: every problem, each with its file and line, in the author's terms.",
            "Each rule file is also compiled on its own, so the broken file is always named. Exit 0 when the pack is good, 1 when it has problems."})
final class RulesCheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private PackOptions pack;

    @Override
    public Integer call() throws java.io.IOException {
        Path dir = pack.folder();
        OutputFormat format = pack.format;
        List<RulePackException.Problem> problems = RulePacks.check(dir);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            ObjectNode document = Json.object();
            document.put("valid", problems.isEmpty());
            ArrayNode list = document.putArray("problems");
            for (RulePackException.Problem p : problems) {
                ObjectNode entry = list.addObject();
                entry.put("file", p.file());
                if (p.line() == null) {
                    entry.putNull("line");
                } else {
                    entry.put("line", p.line());
                }
                entry.put("message", p.message());
            }
            Json.print(out, document);
        } else {
            problems.forEach(out::println);
            out.println(problems.isEmpty() ? dir + ": no problems" : problems.size() + " problem(s)");
            out.flush();
        }
        return problems.isEmpty() ? 0 : Main.EXIT_FAILED;
    }

}
