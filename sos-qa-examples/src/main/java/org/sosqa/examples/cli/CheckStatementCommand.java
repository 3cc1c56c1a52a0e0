package org.sosqa.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.Finding;
import org.sosqa.rules.StatementKind;
import org.sosqa.rules.StatementReport;
import org.sosqa.rules.TextSpan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sos-qa check-statement --kind danger|goal|harm [TEXT | -]}: live feedback on one statement, as
 * a worker would get it while typing.
 */
@Command(name = "check-statement", mixinStandardHelpOptions = true,
        description = {"Check one danger statement, safety goal or harm statement: which qualities it has, "
                + "the jargon in it, and what the rules found, with the words behind each finding underlined.",
            "Exit 0 when the statement was checked (whatever it scored), 2 when the command line is wrong."})
final class CheckStatementCommand implements Callable<Integer> {
    /** The longest statement read, in bytes: far beyond any real statement, well within memory. */
    static final int MAX_BYTES = 1 << 20;
    private static final int WIDTH = 76;

    /** The kinds a person can check, spelt as on the command line. */
    enum Kind {
        danger(StatementKind.DANGER, "Danger statement"),
        goal(StatementKind.GOAL, "Safety goal"),
        harm(StatementKind.HARM, "Harm statement");

        final StatementKind statementKind;
        final String title;

        Kind(StatementKind statementKind, String title) {
            this.statementKind = statementKind;
            this.title = title;
        }
    }

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "danger, goal or harm.")
    private Kind kind;

    @Parameters(arity = "0..*", paramLabel = "TEXT",
            description = "The statement (several words are joined with spaces); - or nothing reads it from standard input.")
    private List<String> words;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people) or json (one document on stdout). Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Override
    public Integer call() throws IOException {
        String text = statement().strip();
        if (text.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "No statement: give it as TEXT, or pipe it in with - or no TEXT");
        }
        StatementReport report = AuditEngine.withDefaultRules().checkStatement(kind.statementKind, text);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            Json.print(out, json(report));
        } else {
            printText(out, text, report);
        }
        return 0;
    }

    private String statement() throws IOException {
        if (words == null || words.isEmpty() || words.equals(List.of(CaseFiles.STDIN))) {
            InputStream in = main.stdin();
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ParameterException(spec.commandLine(), "The statement on standard input is longer than " + MAX_BYTES + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return String.join(" ", words);
    }

    private ObjectNode json(StatementReport report) {
        ObjectNode document = Json.object();
        document.put("kind", kind.name());
        document.put("score", report.score());
        ObjectNode features = document.putObject("features");
        report.features().forEach(features::put);
        ArrayNode jargon = document.putArray("jargon");
        report.jargon().forEach(jargon::add);
        ArrayNode findings = document.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode finding = findings.addObject()
                    .put("rule", f.rule())
                    .put("criterion", f.criterion())
                    .put("met", f.met())
                    .put("message", f.message());
            if (f.span() == null) {
                finding.putNull("span");
            } else {
                finding.putObject("span").put("start", f.span().start()).put("end", f.span().end());
            }
        }
        return document;
    }

    private void printText(PrintWriter out, String text, StatementReport report) {
        out.printf(Locale.ROOT, "%s: score %.1f of 10%n%n", kind.title, report.score());
        for (Underlined.Line line : Underlined.lines(text, null, WIDTH)) {
            out.println("  " + line.text());
        }
        out.println();
        for (Map.Entry<String, Boolean> feature : report.features().entrySet()) {
            out.println("  " + mark(feature.getValue()) + " " + words(feature.getKey()));
        }
        out.println();
        out.println(report.jargon().isEmpty() ? "Jargon: none"
                : "Jargon: " + String.join(", ", report.jargon().stream().map(j -> "\"" + j + "\"").toList()));
        if (!report.findings().isEmpty()) {
            out.println();
            out.println("Findings");
        }
        for (Finding f : report.findings()) {
            out.println("  " + mark(f.met()) + " " + f.message() + "  [" + f.rule() + "]");
            TextSpan span = f.span();
            if (span != null && span.end() > span.start()) {
                for (Underlined.Line line : Underlined.lines(text, span, WIDTH)) {
                    out.println("      " + line.text());
                    out.println("      " + line.underline());
                }
            }
        }
        out.flush();
    }

    private static String mark(boolean met) {
        return met ? "✓" : "✗";
    }

    /** A feature's name as words: {@code whoIsWorried} as "who is worried". */
    static String words(String featureName) {
        return featureName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
