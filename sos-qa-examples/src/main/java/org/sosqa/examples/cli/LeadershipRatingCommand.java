package org.sosqa.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sosqa.core.RecordBatch;
import org.sosqa.core.RecordBatch.InvalidRecord;
import org.sosqa.core.leadership.ImplementationRating;
import org.sosqa.core.leadership.LeadershipRecords;
import org.sosqa.core.leadership.RatingAnchor;
import org.sosqa.core.leadership.RatingTrend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sos-qa leadership rating FILE_OR_DIR... [--format json]}: the organisation's 0-10 implementation
 * self-ratings over time, with the change at each step and the scale's anchors.
 */
@Command(name = "rating", mixinStandardHelpOptions = true,
        description = {"The organisation's 0-10 implementation self-rating over time, with the anchors of the scale.",
            "FILE_OR_DIR: JSON documents {\"ratings\": [...]}, JSON Lines files (*.jsonl), or directories of them."})
final class LeadershipRatingCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Rating files or directories.")
    private List<Path> paths;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "text or json (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Override
    public Integer call() throws IOException {
        RecordBatch<ImplementationRating> batch = RecordInputs.read(RecordInputs.files(spec, paths),
                LeadershipRecords::readRatings);
        RatingTrend trend = RatingTrend.of(batch.records());
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            Json.print(out, json(trend, batch.invalid()));
        } else {
            text(trend, out);
            RecordInputs.printInvalid(spec.commandLine().getErr(), batch.invalid());
        }
        out.flush();
        return batch.allValid() ? 0 : Main.EXIT_FAILED;
    }

    static ObjectNode json(RatingTrend trend, List<InvalidRecord> invalid) {
        ObjectNode doc = PracticeLearningJson.rating(trend);
        doc.set("invalid", RecordInputs.invalid(invalid));
        return doc;
    }

    private static void text(RatingTrend trend, PrintWriter out) {
        if (trend.points().isEmpty()) {
            out.println("No ratings.");
            return;
        }
        for (RatingTrend.Point p : trend.points()) {
            String change = p.change() == null ? "" : String.format(" (%+d)", p.change());
            out.printf("%s  %2d/10%s  %s%n", p.date(), p.rating(), change, p.ratedBy());
        }
        out.printf("%s: %s to %s%n", trend.direction(), trend.first(), trend.latest());
        out.println("Anchors:");
        for (RatingAnchor a : trend.anchors()) {
            out.printf("  %2d: %s [%s]%n", a.score(), a.text(), a.source());
        }
    }
}
