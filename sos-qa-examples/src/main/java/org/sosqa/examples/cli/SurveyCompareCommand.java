package org.sosqa.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.sosqa.core.Violation;
import org.sosqa.core.InvalidDocumentException;
import org.sosqa.core.survey.MeasureComparison;
import org.sosqa.core.survey.OrganisationFigure;
import org.sosqa.core.survey.SharedFigures;
import org.sosqa.core.survey.SurveyComparison;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sos-qa survey compare FILES... [--anonymise [--self NAME]]}: sets the shared figures of several
 * organisations side by side. A bad file, or one of another instrument than the first good one, is listed and
 * makes the exit code 1.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compares the shared survey figures of several organisations (files written by survey score --share).")
final class SurveyCompareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILES", arity = "1..*", description = "Shared-figures files.")
    private List<Path> files;

    @Option(names = "--anonymise", description = "Show organisations as 'organisation 1', 'organisation 2', ... in the order given.")
    private boolean anonymise;

    @Option(names = "--self", paramLabel = "NAME", description = "With --anonymise, keep this organisation's own name.")
    private String self;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    private record Rejected(String file, List<Violation> violations) {
    }

    @Override
    public Integer call() throws IOException {
        List<SharedFigures> shared = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "no such file: " + file);
            }
            SharedFigures figures;
            try {
                figures = SharedFigures.read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            } catch (java.nio.charset.CharacterCodingException e) {
                rejected.add(new Rejected(file.toString(), List.of(new Violation("", "the file is not UTF-8 text"))));
                continue;
            } catch (InvalidDocumentException e) {
                rejected.add(new Rejected(file.toString(), e.violations()));
                continue;
            }
            if (!shared.isEmpty() && !(shared.get(0).instrumentId().equals(figures.instrumentId())
                    && shared.get(0).instrumentVersion().equals(figures.instrumentVersion()))) {
                rejected.add(new Rejected(file.toString(), List.of(new Violation("/instrument", "instrument "
                        + figures.instrumentId() + " " + figures.instrumentVersion() + " is not the one compared ("
                        + shared.get(0).instrumentId() + " " + shared.get(0).instrumentVersion() + ")"))));
                continue;
            }
            shared.add(figures);
        }
        PrintWriter out = spec.commandLine().getOut();
        SurveyComparison comparison = shared.isEmpty() ? null : SurveyComparison.compare(shared, anonymise, self);
        if (format == OutputFormat.json) {
            ObjectNode doc = Json.object();
            if (comparison == null) {
                doc.putNull("instrument");
                doc.putArray("organisations");
                doc.putArray("measures");
            } else {
                doc.putObject("instrument").put("id", comparison.instrumentId()).put("version", comparison.instrumentVersion());
                ArrayNode orgs = doc.putArray("organisations");
                for (int i = 0; i < shared.size(); i++) {
                    orgs.addObject().put("organisation", comparison.organisations().get(i))
                            .put("respondents", shared.get(i).respondents()).put("cycle", shared.get(i).cycle());
                }
                ArrayNode measures = doc.putArray("measures");
                for (MeasureComparison m : comparison.measures()) {
                    ObjectNode o = measures.addObject().put("measure", m.measureId()).put("shown", m.shown())
                            .put("median", m.median());
                    ArrayNode rows = o.putArray("organisations");
                    for (OrganisationFigure f : m.organisations()) {
                        rows.addObject().put("organisation", f.organisation()).put("value", f.value())
                                .put("suppressed", f.suppressed()).put("othersShown", f.othersShown())
                                .put("othersMedian", f.othersMedian()).put("othersLowest", f.othersLowest())
                                .put("othersHighest", f.othersHighest());
                    }
                }
            }
            ArrayNode bad = doc.putArray("rejected");
            for (Rejected r : rejected) {
                bad.addObject().put("file", r.file()).set("violations", Json.violations(r.violations()));
            }
            Json.print(out, doc);
        } else {
            if (comparison != null) {
                out.printf("%s %s across %d organisations: %s%n", comparison.instrumentId(), comparison.instrumentVersion(),
                        shared.size(), String.join(", ", comparison.organisations()));
                for (MeasureComparison m : comparison.measures()) {
                    out.printf("%s (median %s of %d shown)%n", m.measureId(), plain(m.median()), m.shown());
                    for (OrganisationFigure f : m.organisations()) {
                        out.printf("  %-24s %10s   others: median %s, %s to %s%n", f.organisation(),
                                f.suppressed() ? "suppressed" : plain(f.value()), plain(f.othersMedian()),
                                plain(f.othersLowest()), plain(f.othersHighest()));
                    }
                }
            }
            for (Rejected r : rejected) {
                for (Violation v : r.violations()) {
                    out.printf("left out %s: %s%n", r.file(), v);
                }
            }
            out.flush();
        }
        return rejected.isEmpty() ? 0 : Main.EXIT_FAILED;
    }

    private static String plain(java.math.BigDecimal v) {
        return v == null ? "-" : v.toPlainString();
    }
}
