package org.sosqa.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sosqa.core.BatchItem;
import org.sosqa.core.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sos-qa validate FILE...}: checks case documents and lists every problem with its location. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check case documents against the sos-qa JSON format and its rules.",
            "A FILE may be a JSON document, a JSON Lines file (*.jsonl, one case per line, each reported as FILE:LINE) "
                    + "or a directory of them; - reads one document from standard input.",
            "Exit 0 when every document is valid, 1 when any is not, 2 when the command line is wrong (a missing file)."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Case files, JSON Lines files or directories; - for standard input.")
    private List<Path> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people) or json (one document on stdout). Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        CaseFiles.requireExisting(spec, files);
        PrintWriter out = spec.commandLine().getOut();
        long total = 0;
        long invalid = 0;
        try (Stream<BatchItem> items = CaseFiles.read(files, main.stdin());
                Progress progress = Progress.start(spec.commandLine().getErr(), quiet, "validated");
                JsonGenerator json = format == OutputFormat.json ? Json.open(out) : null) {
            if (json != null) {
                json.writeStartObject();
                json.writeArrayFieldStart("files");
            }
            for (BatchItem item : (Iterable<BatchItem>) items::iterator) {
                total++;
                invalid += item.valid() ? 0 : 1;
                progress.pause();
                if (json != null) {
                    ObjectNode entry = Json.object();
                    entry.put("file", item.source()).put("valid", item.valid());
                    entry.set("violations", Json.violations(item.violations()));
                    Json.MAPPER.writeTree(json, entry);
                } else {
                    printText(out, item);
                }
                if (progress.active()) {
                    if (json != null) {
                        json.flush();
                    }
                    out.flush();
                }
                progress.update(total);
            }
            if (json != null) {
                json.writeEndArray();
                json.writeObjectFieldStart("summary");
                json.writeNumberField("documents", total);
                json.writeNumberField("valid", total - invalid);
                json.writeNumberField("invalid", invalid);
                json.writeEndObject();
                json.writeEndObject();
            }
        }
        if (format == OutputFormat.json) {
            out.println();
        } else {
            out.printf("%,d of %,d %s valid%n", total - invalid, total, total == 1 ? "document" : "documents");
        }
        out.flush();
        return invalid == 0 ? 0 : Main.EXIT_FAILED;
    }

    private static void printText(PrintWriter out, BatchItem item) {
        if (item.valid()) {
            out.println(item.source() + ": valid");
            return;
        }
        int n = item.violations().size();
        out.println(item.source() + ": invalid, " + n + (n == 1 ? " problem" : " problems"));
        for (Violation v : item.violations()) {
            out.println("  " + v);
        }
    }
}
