package org.sosqa.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sosqa.core.RecordBatch;
import org.sosqa.core.RecordBatch.InvalidRecord;
import org.sosqa.core.inquiry.InquiryRecord;
import org.sosqa.core.inquiry.InquiryRecords;
import org.sosqa.core.inquiry.LearningThemes;
import org.sosqa.core.inquiry.PracticeTag;
import org.sosqa.core.inquiry.PracticeVocabulary;
import org.sosqa.core.inquiry.TagTheme;
import org.sosqa.core.inquiry.ThemeReport;
import org.sosqa.core.measure.ShownStratum;
import org.sosqa.core.measure.Suppression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sos-qa inquiry themes FILE_OR_DIR... [--by team|quarter|all] [--format json]}: which practices are
 * most often behind work people are proud of, overall, by team and by quarter, with small numbers
 * suppressed, and the EARS quality notes. Invalid records are listed and make the exit code 1; the themes
 * come from the rest.
 */
@Command(name = "themes", mixinStandardHelpOptions = true,
        description = {"Learning themes across appreciative inquiry records: the practices most often behind work people are proud of.",
            "FILE_OR_DIR: JSON documents {\"inquiries\": [...]}, JSON Lines files (*.jsonl), or directories of them."})
final class InquiryThemesCommand implements Callable<Integer> {

    /** How the themes are broken down. */
    enum By {
        team, quarter, all
    }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Inquiry record files or directories.")
    private List<Path> paths;

    @Option(names = "--by", defaultValue = "all", paramLabel = "team|quarter|all",
            description = "Break the themes down by team, by calendar quarter, or both (default: ${DEFAULT-VALUE}).")
    private By by;

    @Option(names = "--proud-from", defaultValue = "" + LearningThemes.DEFAULT_PROUD_FROM, paramLabel = "N",
            description = "The least 0-10 scale that counts as work people are proud of (default: ${DEFAULT-VALUE}).")
    private int proudFrom;

    @Option(names = "--threshold", defaultValue = "" + Suppression.DEFAULT_THRESHOLD, paramLabel = "N",
            description = "Counts from 1 to N-1 are suppressed (default: ${DEFAULT-VALUE}).")
    private int threshold;

    @Option(names = "--tags", paramLabel = "FILE", description = "The organisation's own practice tags, added to the library's.")
    private Path tags;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "text or json (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Override
    public Integer call() throws IOException {
        if (proudFrom < 0 || proudFrom > 10) {
            throw new ParameterException(spec.commandLine(), "--proud-from must be from 0 to 10, not " + proudFrom);
        }
        if (threshold < 1) {
            throw new ParameterException(spec.commandLine(), "--threshold must be 1 or more, not " + threshold);
        }
        List<Path> files = RecordInputs.files(spec, paths);
        List<InvalidRecord> invalid = new ArrayList<>();
        PracticeVocabulary vocabulary = PracticeVocabulary.defaults();
        if (tags != null) {
            RecordBatch<PracticeTag> own = PracticeVocabulary.read(RecordInputs.files(spec, List.of(tags)).get(0));
            invalid.addAll(own.invalid());
            vocabulary = vocabulary.extendedWith(own.records());
        }
        InquiryRecords reader = InquiryRecords.using(vocabulary);
        RecordBatch<InquiryRecord> batch = RecordInputs.read(files, reader::read);
        invalid.addAll(batch.invalid());
        ThemeReport report = LearningThemes.of(batch.records(), vocabulary, proudFrom, threshold);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            Json.print(out, json(report, invalid, by));
        } else {
            text(report, out);
            RecordInputs.printInvalid(spec.commandLine().getErr(), invalid);
        }
        out.flush();
        return invalid.isEmpty() ? 0 : Main.EXIT_FAILED;
    }

    static ObjectNode json(ThemeReport report, List<InvalidRecord> invalid, By by) {
        ObjectNode doc = PracticeLearningJson.themes(report, by != By.quarter, by != By.team);
        doc.set("invalid", RecordInputs.invalid(invalid));
        return doc;
    }

    private void text(ThemeReport report, PrintWriter out) {
        out.printf("%d inquiries, %s of them proud work (scale %d or more); counts below %d suppressed%n",
                report.inquiries(), report.proudInquiries(), report.proudFrom(), report.threshold());
        if (report.tags().isEmpty()) {
            out.println("No practice tags on proud work yet.");
        }
        for (TagTheme t : report.tags()) {
            ShownStratum total = t.summary().total();
            out.printf("%n%-44s %s of %s%s%n", t.tag().label() + " (" + t.tag().id() + ")", total.numerator(),
                    total.denominator(), percent(total));
            if (by != By.quarter) {
                textStrata(out, t.summary().stratifiers().get(LearningThemes.BY_TEAM));
            }
            if (by != By.team) {
                textStrata(out, t.summary().stratifiers().get(LearningThemes.BY_QUARTER));
            }
        }
        if (!report.noteCounts().isEmpty()) {
            out.printf("%nEARS quality notes:%n");
            for (Map.Entry<String, Integer> e : report.noteCounts().entrySet()) {
                out.printf("  %-32s %d%n", e.getKey(), e.getValue());
            }
        }
    }

    private static void textStrata(PrintWriter out, List<ShownStratum> strata) {
        for (ShownStratum s : strata) {
            out.printf("    %-20s %s of %s%s%n", s.stratum(), s.numerator(), s.denominator(), percent(s));
        }
    }

    private static String percent(ShownStratum s) {
        return s.value() == null ? "" : " (" + s.value().toPlainString() + "%)";
    }
}
