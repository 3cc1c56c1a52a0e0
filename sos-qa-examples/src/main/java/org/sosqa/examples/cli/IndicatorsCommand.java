package org.sosqa.examples.cli;

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

import org.sosqa.core.coredata.ChildEpisodes;
import org.sosqa.core.coredata.CinCensusReader;
import org.sosqa.core.coredata.CollectionYear;
import org.sosqa.core.coredata.CoreData;
import org.sosqa.core.coredata.DataProblem;
import org.sosqa.core.coredata.Episodes.Referral;
import org.sosqa.core.coredata.Indicator;
import org.sosqa.core.coredata.IndicatorReport;
import org.sosqa.core.coredata.LeftOut;
import org.sosqa.core.coredata.StatutoryIndicators;
import org.sosqa.core.coredata.WorkingDayCalendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sos-qa indicators --cin FILE.xml [--year YYYY] [--format json]}: the statutory indicators from a DfE
 * children in need census file. Records that cannot be used are left out, listed with their file:line, and
 * make the exit code 1; the indicators are computed from the rest.
 */
@Command(name = "indicators",
        mixinStandardHelpOptions = true,
        description = "Statutory indicators from a children in need census XML file.")
final class IndicatorsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--cin", required = true, paramLabel = "FILE.xml",
            description = "The DfE children in need census XML file.")
    private Path cin;

    @Option(names = "--year", paramLabel = "YYYY",
            description = "The collection year, named by the 31 March it ends on (default: the census header's Year, else the year of the latest referral).")
    private Integer year;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: text (default) or json.")
    private String format;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format must be text or json, not: " + format);
        }
        if (!Files.isRegularFile(cin)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + cin);
        }
        if (year != null && (year < 1900 || year > 2200)) {
            throw new ParameterException(spec.commandLine(), "--year is a four-digit year, not: " + year);
        }
        CoreData data;
        try {
            data = CinCensusReader.read(cin);
        } catch (UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read " + cin + ": " + e.getCause().getMessage());
        }
        CollectionYear collectionYear = year != null ? new CollectionYear(year) : defaultYear(data);
        IndicatorReport report = StatutoryIndicators.compute(data, collectionYear,
                WorkingDayCalendar.englandAndWales(), null);
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(json(report));
        } else {
            text(report, out);
        }
        out.flush();
        return report.problems().isEmpty() ? 0 : Main.EXIT_FAILED;
    }

    private CollectionYear defaultYear(CoreData data) {
        if (data.censusYear() != null) {
            return new CollectionYear(data.censusYear());
        }
        LocalDate latest = null;
        for (ChildEpisodes c : data.children()) {
            for (Referral r : c.referrals()) {
                if (latest == null || r.date().isAfter(latest)) {
                    latest = r.date();
                }
            }
        }
        if (latest == null) {
            throw new ParameterException(spec.commandLine(), "the file names no collection year and has no usable referral ("
                    + data.problems().size() + " records left out): give --year");
        }
        return CollectionYear.of(latest);
    }

    static String json(IndicatorReport report) {
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
