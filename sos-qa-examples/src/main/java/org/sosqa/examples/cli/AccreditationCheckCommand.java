package org.sosqa.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sosqa.rules.AccreditationEngine;
import org.sosqa.rules.RulePackException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sos-qa accreditation check DIR}: every problem in a scheme's criteria pack, with file and line. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check a scheme's criteria pack: every problem, each with its file and line.",
            "Exit 0 when the pack is good, 1 when it has problems."})
final class AccreditationCheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private PackOptions pack;

    @Override
    public Integer call() throws IOException {
        Path dir = pack.folder();
        List<RulePackException.Problem> problems = AccreditationEngine.check(dir);
        PrintWriter out = spec.commandLine().getOut();
        if (pack.format == OutputFormat.json) {
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
