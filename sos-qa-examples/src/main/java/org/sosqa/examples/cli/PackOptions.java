package org.sosqa.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sosqa.rules.RulePackException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code rules check}, {@code rules test} and {@code accreditation check} take: the pack's folder and
 * the output format; and how a check's problems are printed.
 */
final class PackOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The rule pack's folder.")
    Path dir;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /** The pack's folder, after checking it is one (a usage error, exit 2, when not). */
    Path folder() {
        requireFolder(spec, dir);
        return dir;
    }

    static void requireFolder(CommandSpec spec, Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "No such folder: " + dir);
        }
    }

    /**
     * Prints a pack's problems, {@code {"valid":B, "problems":[{"file","line","message"}]}} in JSON, and
     * returns the exit code: 0 when there are none.
     */
    int printProblems(List<RulePackException.Problem> problems) throws IOException {
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
