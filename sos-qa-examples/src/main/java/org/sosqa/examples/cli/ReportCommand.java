package org.sosqa.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sosqa.core.BatchItem;
import org.sosqa.core.CaseEvent;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.coredata.CollectionYear;
import org.sosqa.examples.report.Evidence;
import org.sosqa.examples.report.OrganisationReport;
import org.sosqa.examples.report.QualityCycle;
import org.sosqa.rules.AuditEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sos-qa report FILE_OR_DIR... [--out DIR] [--name NAME] [--date YYYY-MM-DD] [--child-population N]}: the
 * organisation report of an organisation's own cases, as {@code demo} writes it for the demonstration
 * organisation. Invalid documents are listed on stderr, left out, and make the exit code 1.
 */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        description = {"Runs the quality assurance cycle on case files and writes the organisation report",
            "(index.html, report.json and csv/) to a folder."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Case files, JSON Lines files or directories; - for standard input.")
    private List<Path> files;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "sos-qa-report",
            description = "Where to write the report (default: ./sos-qa-report).")
    private Path out;

    @Option(names = "--name", paramLabel = "NAME", description = "The organisation's name (default: its id in the cases).")
    private String name;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The day the report is for (default: the latest date in the cases, so the same cases give the same report).")
    private String date;

    @Option(names = "--child-population", paramLabel = "N",
            description = "Children under 18 in the area, for the rate of children looked after per 10,000.")
    private Long childPopulation;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    private boolean quiet;

    @Override
    public Integer call() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out must be a folder, and " + out + " is a file");
        }
        LocalDate day = null;
        if (date != null) {
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(), "--date is YYYY-MM-DD, not: " + date);
            }
        }
        CaseFiles.requireExisting(spec, files);
        PrintWriter err = spec.commandLine().getErr();
        List<CaseRecord> cases = new ArrayList<>();
        int invalid = 0;
        try (Stream<BatchItem> items = CaseFiles.read(files, main.stdin())) {
            for (BatchItem item : (Iterable<BatchItem>) items::iterator) {
                if (item instanceof BatchItem.ValidCase valid) {
                    cases.add(valid.caseRecord());
                } else {
                    invalid++;
                    err.println(item.source() + ": not a valid case, left out ("
                            + item.violations().get(0).path() + ": " + item.violations().get(0).message()
                            + (item.violations().size() > 1 ? "; and " + (item.violations().size() - 1) + " more" : "")
                            + "); run validate for every problem");
                }
            }
        }
        if (cases.isEmpty()) {
            err.println("sos-qa report: no valid case to report on");
            err.flush();
            return Main.EXIT_FAILED;
        }
        LocalDate reportDate = day != null ? day : latest(cases);
        int lastYear = CollectionYear.of(reportDate).endingYear();
        Map<String, String> teams = new TreeMap<>();
        cases.forEach(c -> teams.put(c.team(), c.team()));
        String organisation = cases.get(0).organisation();
        Evidence evidence;
        try (Progress progress = Progress.start(err, quiet, "report: audited")) {
            evidence = QualityCycle.run(organisation, name != null ? name : organisation, false, reportDate,
                    List.of(lastYear - 2, lastYear - 1, lastYear), teams, childPopulation, cases,
                    AuditEngine.withDefaultRules(), progress::update);
        }
        List<Path> written;
        try {
            written = OrganisationReport.build(evidence).write(out);
        } catch (UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("%d cases reported on, %d left out as invalid, to %s%n", cases.size(), invalid, reportDate);
        stdout.printf("Wrote %s, %s and %d CSV files in %s%n", written.get(0).getFileName(), written.get(1).getFileName(),
                written.size() - 2, out.resolve("csv"));
        stdout.flush();
        err.flush();
        return invalid == 0 ? 0 : Main.EXIT_FAILED;
    }

    /** The latest date anything in the cases happened: the report's default day, from the data, not the clock. */
    private static LocalDate latest(List<CaseRecord> cases) {
        LocalDate latest = LocalDate.MIN;
        for (CaseRecord c : cases) {
            latest = max(latest, c.opened());
            latest = max(latest, c.closed());
            for (CaseEvent e : c.events()) {
                latest = max(latest, e.date());
            }
            if (c.currentAssessment().isPresent()) {
                latest = max(latest, c.currentAssessment().get().date());
            }
        }
        return latest;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
