package org.sosqa.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.sosqa.core.BatchItem;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.Violation;
import org.sosqa.core.coredata.CaseEpisodeStream;
import org.sosqa.core.coredata.CaseEventEpisodes;
import org.sosqa.core.coredata.ChildEpisodes;
import org.sosqa.core.coredata.CinCensusReader;
import org.sosqa.core.coredata.CollectionYear;
import org.sosqa.core.coredata.CoreData;
import org.sosqa.core.coredata.CoreDataSink;
import org.sosqa.core.coredata.DataProblem;
import org.sosqa.core.coredata.Episodes.Referral;
import org.sosqa.core.coredata.Indicator;
import org.sosqa.core.coredata.IndicatorReport;
import org.sosqa.core.coredata.IndicatorTally;
import org.sosqa.core.coredata.LeftOut;
import org.sosqa.core.coredata.StatutoryIndicators;
import org.sosqa.core.coredata.WorkingDayCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sos-qa indicators --cin FILE.xml [--year YYYY] [--format json]}: the statutory indicators from a DfE
 * children in need census file, streamed one child at a time into an {@link IndicatorTally}. Or
 * {@code --cases CASES... [--grouped --year YYYY]}: from sos-qa cases' events, grouped by child in memory, or
 * streamed when the input is declared grouped. Records that cannot be used are left out, listed with their
 * location, and make the exit code 1; the indicators are computed from the rest.
 */
@Command(name = "indicators",
        mixinStandardHelpOptions = true,
        description = "Statutory indicators from a children in need census XML file, or from sos-qa case files.")
final class IndicatorsCommand implements Callable<Integer> {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    @Spec
    private CommandSpec spec;

    @Option(names = "--cin", paramLabel = "FILE.xml",
            description = "The DfE children in need census XML file (read streaming, one child at a time).")
    private Path cin;

    @Option(names = "--cases", arity = "1..*", paramLabel = "CASES",
            description = "Instead of --cin: sos-qa case files, JSON Lines files or directories (- for standard input); "
                    + "the indicators come from the cases' events.")
    private List<Path> cases;

    @Option(names = "--grouped",
            description = "With --cases: the cases arrive grouped by child (each child's cases one after another), so they "
                    + "are streamed in constant memory; a child out of its group is reported and left out. Needs --year.")
    private boolean grouped;

    @Option(names = "--year", paramLabel = "YYYY",
            description = "The collection year, named by the 31 March it ends on (default: the census header's Year, else the year of the latest referral).")
    private Integer year;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: text (default) or json.")
    private String format;

    @ParentCommand
    private Main main;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format must be text or json, not: " + format);
        }
        if ((cin == null) == (cases == null)) {
            throw new ParameterException(spec.commandLine(), "give either --cin FILE.xml or --cases CASES...");
        }
        if (year != null && (year < 1900 || year > 2200)) {
            throw new ParameterException(spec.commandLine(), "--year is a four-digit year, not: " + year);
        }
        if (grouped && (cases == null || year == null)) {
            throw new ParameterException(spec.commandLine(), "--grouped goes with --cases and needs --year");
        }
        List<BatchItem> invalid = new ArrayList<>();
        IndicatorReport report = cin != null ? census() : cases(invalid);
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(json(report, cases == null ? null : invalid));
        } else {
            text(report, out);
            if (!invalid.isEmpty()) {
                out.printf("%d invalid documents, not counted:%n", invalid.size());
                for (BatchItem item : invalid) {
                    for (Violation v : item.violations()) {
                        out.printf("  %s: %s%n", item.source(), v);
                    }
                }
            }
        }
        out.flush();
        return report.problems().isEmpty() && invalid.isEmpty() ? 0 : Main.EXIT_FAILED;
    }

    /** The census streamed into a tally: one child in memory at a time. */
    private IndicatorReport census() {
        if (!Files.isRegularFile(cin)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + cin);
        }
        try {
            CollectionYear collectionYear = year != null ? new CollectionYear(year) : censusYear();
            IndicatorTally tally = new IndicatorTally(collectionYear, CALENDAR);
            CinCensusReader.stream(cin, tally);
            return tally.report(collectionYear, null);
        } catch (UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read " + cin + ": " + e.getCause().getMessage());
        }
    }

    /** The header's year; else (a file without one in its header) a first pass for the latest referral. */
    private CollectionYear censusYear() {
        Integer header = CinCensusReader.censusYear(cin);
        if (header != null) {
            return new CollectionYear(header);
        }
        LatestReferral latest = new LatestReferral();
        Integer named = CinCensusReader.stream(cin, latest);
        return named != null ? new CollectionYear(named) : latest.year();
    }

    /** Case documents: grouped by child, streamed; otherwise grouped here, in memory. */
    private IndicatorReport cases(List<BatchItem> invalid) throws IOException {
        CaseFiles.requireExisting(spec, cases);
        if (grouped) {
            CollectionYear collectionYear = new CollectionYear(year);
            IndicatorTally tally = new IndicatorTally(collectionYear, CALENDAR);
            CaseEpisodeStream stream = new CaseEpisodeStream(tally);
            readCases(c -> stream.accept(c), invalid);
            stream.finish();
            return tally.report(collectionYear, null);
        }
        List<CaseRecord> all = new ArrayList<>();
        readCases(all::add, invalid);
        CoreData data = CaseEventEpisodes.from(all);
        LatestReferral latest = new LatestReferral();
        data.children().forEach(latest::child);
        data.problems().forEach(latest::problem);
        CollectionYear collectionYear = year != null ? new CollectionYear(year) : latest.year();
        return StatutoryIndicators.compute(data, collectionYear, CALENDAR, null);
    }

    private void readCases(java.util.function.Consumer<CaseRecord> sink, List<BatchItem> invalid) {
        try (Stream<BatchItem> items = CaseFiles.read(cases, main.stdin())) {
            for (BatchItem item : (Iterable<BatchItem>) items::iterator) {
                if (item instanceof BatchItem.ValidCase valid) {
                    sink.accept(valid.caseRecord());
                } else {
                    invalid.add(item);
                }
            }
        }
    }

    /** Finds the latest referral, and counts the problems, to choose the year when none is given. */
    private final class LatestReferral implements CoreDataSink {
        private LocalDate latest;
        private long problems;

        @Override
        public void child(ChildEpisodes child) {
            for (Referral r : child.referrals()) {
                if (latest == null || r.date().isAfter(latest)) {
                    latest = r.date();
                }
            }
        }

        @Override
        public void problem(DataProblem problem) {
            problems++;
        }

        CollectionYear year() {
            if (latest == null) {
                throw new ParameterException(spec.commandLine(), "the file names no collection year and has no usable "
                        + "referral (" + problems + " records left out): give --year");
            }
            return CollectionYear.of(latest);
        }
    }

    static String json(IndicatorReport report) {
        return json(report, null);
    }

    /** The report as JSON; with case input, also the invalid documents (left out before any event was read). */
    static String json(IndicatorReport report, List<BatchItem> invalid) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("year", report.year().endingYear());
        Map<String, Object> period = new LinkedHashMap<>(); // Map.of's order changes from run to run
        period.put("start", report.year().start().toString());
        period.put("end", report.year().end().toString());
        doc.put("period", period);
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (Indicator i : report.indicators()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", i.id());
            m.put("title", i.title());
            m.put("numerator", i.numerator());
            m.put("denominator", i.denominator());
            m.put("value", i.value());
            indicators.add(m);
        }
        doc.put("indicators", indicators);
        List<Map<String, Object>> problems = new ArrayList<>();
        for (DataProblem p : report.problems()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("childId", p.childId());
            m.put("location", p.location());
            m.put("record", p.record().name());
            m.put("reason", p.kind().name());
            m.put("message", p.message());
            problems.add(m);
        }
        doc.put("problems", problems);
        List<Map<String, Object>> leftOut = new ArrayList<>();
        for (LeftOut l : report.leftOut()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("record", l.record().name());
            m.put("reason", l.reason().name());
            m.put("count", l.count());
            leftOut.add(m);
        }
        doc.put("leftOut", leftOut);
        doc.put("leftOutTotal", report.problems().size());
        if (invalid != null) {
            List<Map<String, Object>> bad = new ArrayList<>();
            for (BatchItem item : invalid) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", item.source());
                m.put("violations", Json.violations(item.violations()));
                bad.add(m);
            }
            doc.put("invalid", bad);
        }
        try {
            return new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void text(IndicatorReport report, PrintWriter out) {
        out.printf("Statutory indicators, %s to %s%n", report.year().start(), report.year().end());
        for (Indicator i : report.indicators()) {
            String of = i.denominator() == null ? "" : " (" + i.numerator() + " of " + i.denominator() + ")";
            out.printf("  %-32s %8s%s%n", i.id(), i.value() == null ? "-" : i.value().toPlainString(), of);
        }
        if (report.problems().isEmpty()) {
            out.println("No records left out.");
            return;
        }
        out.printf("%d records left out:%n", report.problems().size());
        for (LeftOut l : report.leftOut()) {
            out.printf("  %d %s: %s%n", l.count(), l.record(), l.reason());
        }
        for (DataProblem p : report.problems()) {
            out.printf("  %s: %s%s%n", p.location(), p.childId() == null ? "" : "child " + p.childId() + ": ", p.message());
        }
    }
}
