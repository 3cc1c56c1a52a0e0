package org.sosqa.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.sosqa.core.Violation;
import org.sosqa.core.measure.Scoring;
import org.sosqa.core.measure.ShownStratum;
import org.sosqa.core.measure.Stratifier;
import org.sosqa.core.survey.FreeTextCount;
import org.sosqa.core.InvalidDocumentException;
import org.sosqa.core.survey.RejectedResponse;
import org.sosqa.core.survey.ResponseBatch;
import org.sosqa.core.survey.SharedFigures;
import org.sosqa.core.survey.SurveyInstrument;
import org.sosqa.core.survey.SurveyInstruments;
import org.sosqa.core.survey.SurveyMeasures;
import org.sosqa.core.survey.SurveyReport;
import org.sosqa.core.survey.SurveyReportJson;
import org.sosqa.core.survey.SurveyResponse;
import org.sosqa.core.survey.SurveyResponses;
import org.sosqa.core.survey.SurveyResult;
import org.sosqa.core.survey.SurveyScorer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sos-qa survey score RESPONSES... [--instrument family|staff|FILE] [--by team|cycle]...}: scores survey
 * responses, suppressing every group of fewer than five respondents. Bad responses are listed with their
 * location and make the exit code 1; the rest are scored.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Scores survey responses (JSON or JSON Lines files, or folders of them).")
final class SurveyScoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "RESPONSES", arity = "1..*",
            description = "Response files (*.json: an array, or {\"responses\": [...]}; *.jsonl: one per line) or folders of them.")
    private List<Path> inputs;

    @Option(names = "--instrument", paramLabel = "family|staff|FILE", defaultValue = "family",
            description = "The instrument answered: a default, or your own instrument file (default: ${DEFAULT-VALUE}).")
    private String instrumentName;

    @Option(names = "--by", paramLabel = "team|cycle",
            description = "Split every result by team or by cycle; may be repeated.")
    private List<String> by = new ArrayList<>();

    @Option(names = "--threshold", paramLabel = "N", defaultValue = "5",
            description = "The smallest group shown; at least 5 (default: ${DEFAULT-VALUE}).")
    private int threshold;

    @Option(names = "--share", paramLabel = "FILE",
            description = "Also write the organisation-wide figures to share with other organisations (needs --organisation).")
    private Path share;

    @Option(names = "--organisation", paramLabel = "NAME", description = "Your organisation's name or code, for --share.")
    private String organisation;

    @Option(names = "--cycle", paramLabel = "LABEL", defaultValue = "",
            description = "The survey round the shared figures cover, for --share.")
    private String cycle;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Override
    public Integer call() throws IOException {
        if (threshold < SurveyScorer.MINIMUM_GROUP) {
            throw new ParameterException(spec.commandLine(), "--threshold must be at least " + SurveyScorer.MINIMUM_GROUP
                    + ": no group smaller than five respondents is ever reported");
        }
        if (share != null && (organisation == null || organisation.isBlank())) {
            throw new ParameterException(spec.commandLine(), "--share needs --organisation");
        }
        List<Stratifier<SurveyResponse>> stratifiers = new ArrayList<>();
        for (String id : by) {
            Stratifier<SurveyResponse> s = SurveyMeasures.stratifier(id);
            if (s == null) {
                throw new ParameterException(spec.commandLine(), "--by must be team or cycle, not: " + id);
            }
            if (!stratifiers.contains(s)) {
                stratifiers.add(s);
            }
        }
        List<Path> files = files();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SurveyInstrument instrument;
        try {
            instrument = instrument();
        } catch (InvalidDocumentException e) {
            if (format == OutputFormat.json) {
                ObjectNode doc = Json.object();
                doc.putObject("instrument").put("file", instrumentName).put("valid", false)
                        .set("violations", Json.violations(e.violations()));
                Json.print(out, doc);
            }
            err.println("sos-qa survey score: the instrument " + instrumentName + " is not valid:");
            for (Violation v : e.violations()) {
                err.println("  " + v);
            }
            err.flush();
            return Main.EXIT_FAILED;
        }
        ResponseBatch batch = SurveyResponses.read(files, instrument);
        SurveyReport report = SurveyScorer.score(instrument, batch.responses(), stratifiers, threshold);
        if (share != null) {
            ObjectNode shared = SharedFigures.of(organisation, cycle, report).toJson();
            Files.writeString(share, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(shared) + "\n",
                    StandardCharsets.UTF_8);
        }
        if (format == OutputFormat.json) {
            ObjectNode doc = SurveyReportJson.toJson(report);
            ((ObjectNode) doc.get("instrument")).put("title", instrument.title());
            ArrayNode rejected = doc.putArray("rejected");
            for (RejectedResponse r : batch.rejected()) {
                rejected.addObject().put("source", r.source()).set("violations", Json.violations(r.violations()));
            }
            Json.print(out, doc);
        } else {
            text(instrument, report, batch, out);
        }
        return batch.rejected().isEmpty() ? 0 : Main.EXIT_FAILED;
    }

    private SurveyInstrument instrument() {
        SurveyInstrument named = SurveyInstruments.byName(instrumentName);
        if (named != null) {
            return named;
        }
        Path file = Path.of(instrumentName);
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(),
                    "--instrument is family, staff or an instrument file; no such file: " + instrumentName);
        }
        try {
            return SurveyInstruments.read(file);
        } catch (UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read " + file + ": " + e.getCause().getMessage());
        }
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    list.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".jsonl"))
                            .sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new ParameterException(spec.commandLine(), "no such file or folder: " + p);
            }
        }
        return files;
    }

    private static void text(SurveyInstrument instrument, SurveyReport report, ResponseBatch batch, PrintWriter out) {
        out.printf("%s (%s %s); groups of fewer than %d are suppressed%n", instrument.title(), report.instrumentId(),
                report.instrumentVersion(), report.threshold());
        out.printf("Respondents: %s%n", report.respondents().total().denominator());
        for (Map.Entry<String, List<ShownStratum>> e : report.respondents().stratifiers().entrySet()) {
            for (ShownStratum s : e.getValue()) {
                out.printf("  %s %-20s %s%n", e.getKey(), s.stratum(), s.denominator());
            }
        }
        for (SurveyResult r : report.results()) {
            boolean pct = r.scoring() == Scoring.PROPORTION;
            out.printf("%-44s %s%n", r.measureId(), cell(r.summary().total(), pct));
            for (Map.Entry<String, List<ShownStratum>> e : r.summary().stratifiers().entrySet()) {
                for (ShownStratum s : e.getValue()) {
                    out.printf("    %-40s %s%n", e.getKey() + " " + s.stratum(), cell(s, pct));
                }
            }
        }
        for (FreeTextCount f : report.freeText()) {
            out.printf("Free text %s: %s answered (not shown here)%n", f.itemId(), f.answered());
        }
        if (!batch.rejected().isEmpty()) {
            out.printf("%d responses or files left out:%n", batch.rejected().size());
            for (RejectedResponse r : batch.rejected()) {
                for (Violation v : r.violations()) {
                    out.printf("  %s %s%n", r.source(), v);
                }
            }
        }
        out.flush();
    }

    private static String cell(ShownStratum s, boolean pct) {
        if (s.valueSuppressed()) {
            return "suppressed";
        }
        BigDecimal v = s.value();
        String value = v == null ? "-" : v.toPlainString() + (pct ? "%" : "");
        return value + " (n=" + s.denominator() + ")";
    }
}
