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
import org.sosqa.core.leadership.Activity;
import org.sosqa.core.leadership.ActivityCatalogue;
import org.sosqa.core.leadership.LeadershipRecords;
import org.sosqa.core.leadership.PracticeTargets;
import org.sosqa.core.leadership.RoleTime;
import org.sosqa.core.leadership.TimeRecord;
import org.sosqa.core.leadership.TimeReport;
import org.sosqa.core.leadership.TimeRollup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sos-qa leadership time FILE_OR_DIR... [--targets FILE] [--format json]}: leaders' time on practice
 * by role against the organisation's targets, small roles suppressed. Invalid records (and invalid target
 * entries) are listed and make the exit code 1; the roll-up comes from the rest.
 */
@Command(name = "time", mixinStandardHelpOptions = true,
        description = {"Leaders' time for practice, by role, against the organisation's targets.",
            "FILE_OR_DIR: JSON documents {\"timeRecords\": [...]}, JSON Lines files (*.jsonl), or directories of them."})
final class LeadershipTimeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Time record files or directories.")
    private List<Path> paths;

    @Option(names = "--targets", paramLabel = "FILE",
            description = "The organisation's targets: {\"targets\": [{\"role\": ..., \"practicePercent\": 0-100}]}.")
    private Path targetsFile;

    @Option(names = "--activities", paramLabel = "FILE",
            description = "The organisation's own activities, added to (or reclassifying) the library's.")
    private Path activitiesFile;

    @Option(names = "--threshold", defaultValue = "" + TimeRollup.DEFAULT_THRESHOLD, paramLabel = "N",
            description = "Roles with 1 to N-1 leaders are suppressed (default: ${DEFAULT-VALUE}).")
    private int threshold;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "text or json (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Override
    public Integer call() throws IOException {
        if (threshold < 1) {
            throw new ParameterException(spec.commandLine(), "--threshold must be 1 or more, not " + threshold);
        }
        List<Path> files = RecordInputs.files(spec, paths);
        List<InvalidRecord> invalid = new ArrayList<>();
        ActivityCatalogue catalogue = ActivityCatalogue.defaults();
        if (activitiesFile != null) {
            RecordBatch<Activity> own = ActivityCatalogue.read(RecordInputs.files(spec, List.of(activitiesFile)).get(0));
            invalid.addAll(own.invalid());
            catalogue = catalogue.extendedWith(own.records());
        }
        PracticeTargets targets = new PracticeTargets(Map.of());
        if (targetsFile != null) {
            LeadershipRecords.TargetsRead read = LeadershipRecords.readTargets(RecordInputs.files(spec, List.of(targetsFile)).get(0));
            invalid.addAll(read.invalid());
            targets = read.targets();
        }
        LeadershipRecords reader = LeadershipRecords.using(catalogue);
        RecordBatch<TimeRecord> batch = RecordInputs.read(files, reader::readTime);
        invalid.addAll(batch.invalid());
        TimeReport report = TimeRollup.byRole(batch.records(), catalogue, targets, threshold);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            Json.print(out, json(report, catalogue, invalid));
        } else {
            text(report, out);
            RecordInputs.printInvalid(spec.commandLine().getErr(), invalid);
        }
        out.flush();
        return invalid.isEmpty() ? 0 : Main.EXIT_FAILED;
    }

    static ObjectNode json(TimeReport report, ActivityCatalogue catalogue, List<InvalidRecord> invalid) {
        ObjectNode doc = PracticeLearningJson.time(report, catalogue);
        doc.set("invalid", RecordInputs.invalid(invalid));
        return doc;
    }

    private static void text(TimeReport report, PrintWriter out) {
        if (report.records() == 0) {
            out.println("No time records.");
        } else {
            out.printf("%d time records, %s to %s; roles with fewer than %d leaders suppressed%n", report.records(),
                    report.from(), report.to(), report.threshold());
        }
        out.printf("%-24s %8s %10s %8s %s%n", "role", "leaders", "practice", "target", "");
        List<RoleTime> rows = new ArrayList<>(report.roles());
        rows.add(report.all());
        for (RoleTime r : rows) {
            String share = r.suppressed() ? "suppressed" : r.practicePercent() == null ? "-" : r.practicePercent().toPlainString() + "%";
            String target = r.targetPercent() == null ? "-" : r.targetPercent() + "%";
            String verdict = r.meetsTarget() == null ? "" : r.meetsTarget() ? "meets target" : "below target";
            out.printf("%-24s %8s %10s %8s %s%n", r.role(), r.leaders(), share, target, verdict);
        }
    }
}
