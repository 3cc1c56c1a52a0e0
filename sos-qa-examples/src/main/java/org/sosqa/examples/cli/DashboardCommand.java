package org.sosqa.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.sosqa.core.BatchItem;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.InvalidDocumentException;
import org.sosqa.core.Violation;
import org.sosqa.core.measure.Dashboard;
import org.sosqa.core.measure.DashboardReport;
import org.sosqa.core.measure.IndividualReport;
import org.sosqa.core.measure.Interval;
import org.sosqa.core.measure.MeasureDefinition;
import org.sosqa.core.measure.MeasureDefinitions;
import org.sosqa.core.measure.PopulationMembership;
import org.sosqa.core.measure.Scoring;
import org.sosqa.core.measure.ShownCount;
import org.sosqa.core.measure.ShownStratum;
import org.sosqa.core.measure.SuppressedSummary;
import org.sosqa.core.measure.Suppression;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sos-qa dashboard CASES... --on DATE | --series month|quarter --from D --to D}: the breadth
 * dashboard over case files, streamed one case at a time, rolled up to the organisation and the chosen levels,
 * with small numbers suppressed; {@code --case ID} adds the case-level view.
 */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = {"The breadth dashboard: for the cases open on a day, the percentage with each Signs of Safety element, "
                + "for the organisation and rolled up by service stage, team and worker, small numbers suppressed.",
            "CASES may be JSON documents, JSON Lines files or directories of them; invalid documents are reported and the rest counted.",
            "Exit 0 when every document was valid, 1 when one was not, 2 when the command line is wrong."})
final class DashboardCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Parameters(arity = "1..*", paramLabel = "CASES", description = "Case files, JSON Lines files or directories; - for standard input.")
    private List<Path> files;

    @Option(names = "--on", paramLabel = "DATE", description = "The day the cases are read as at (YYYY-MM-DD).")
    private String on;

    @Option(names = "--series", paramLabel = "month|quarter",
            description = "A time series: one point at each month or quarter end from --from to --to.")
    private String series;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the series.")
    private String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of the series.")
    private String to;

    @Option(names = "--measures", paramLabel = "FILE",
            description = "A measure definition file to use instead of the library's own (docs/measures.md).")
    private Path measures;

    @Option(names = "--by", split = ",", paramLabel = "worker|team|service",
            description = "Roll-up levels below the organisation (repeat or separate with commas). Default: service, team and worker.")
    private List<String> by;

    @Option(names = "--min-count", defaultValue = "" + Suppression.DEFAULT_THRESHOLD, paramLabel = "N",
            description = "Counts from 1 to N-1 are suppressed. Default: ${DEFAULT-VALUE}.")
    private int minCount;

    @Option(names = "--case", paramLabel = "ID",
            description = "Also show this case on the --on day: is it in each measure's numerator, and why (repeatable).")
    private List<String> caseIds;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    private boolean quiet;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people) or json (one document on stdout). Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Override
    public Integer call() throws IOException {
        List<LocalDate> days = days();
        List<String> levels = levels();
        if (minCount < 1) {
            throw new ParameterException(spec.commandLine(), "--min-count must be at least 1");
        }
        if (caseIds != null && on == null) {
            throw new ParameterException(spec.commandLine(), "--case needs --on DATE");
        }
        CaseFiles.requireExisting(spec, files);
        List<MeasureDefinition> definitions = definitions();
        if (definitions == null) {
            return Main.EXIT_FAILED;
        }
        Dashboard dashboard = new Dashboard(definitions, days, levels);
        Set<String> wanted = caseIds == null ? Set.of() : new LinkedHashSet<>(caseIds);
        List<Map.Entry<String, List<IndividualReport>>> views = new ArrayList<>();
        List<BatchItem> invalid = new ArrayList<>();
        long read = 0;
        try (Progress progress = Progress.start(spec.commandLine().getErr(), quiet, "read");
                Stream<BatchItem> items = CaseFiles.read(files, main.stdin())) {
            for (BatchItem item : (Iterable<BatchItem>) items::iterator) {
                progress.update(++read);
                if (item instanceof BatchItem.ValidCase valid) {
                    CaseRecord c = valid.caseRecord();
                    dashboard.add(c);
                    if (wanted.contains(c.id())) {
                        views.add(Map.entry(c.id(), Dashboard.caseView(definitions, c, LocalDate.parse(on))));
                    }
                } else {
                    invalid.add(item);
                }
            }
        }
        DashboardReport report = dashboard.report(minCount);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            Json.print(out, json(definitions, report, views, invalid, LocalDate.parse(on == null ? days.get(0).toString() : on)));
        } else {
            text(out, definitions, report, views, invalid);
        }
        return invalid.isEmpty() ? 0 : Main.EXIT_FAILED;
    }

    private List<LocalDate> days() {
        if (series == null) {
            if (from != null || to != null) {
                throw new ParameterException(spec.commandLine(), "--from and --to go with --series month|quarter");
            }
            if (on == null) {
                throw new ParameterException(spec.commandLine(), "give --on DATE, or --series month|quarter --from DATE --to DATE");
            }
            return List.of(date("--on", on));
        }
        Interval interval = switch (series) {
            case "month" -> Interval.MONTH;
            case "quarter" -> Interval.QUARTER;
            default -> throw new ParameterException(spec.commandLine(), "--series is month or quarter, not: " + series);
        };
        if (from == null || to == null) {
            throw new ParameterException(spec.commandLine(), "--series needs --from DATE and --to DATE");
        }
        LocalDate f = date("--from", from);
        LocalDate t = date("--to", to);
        if (t.isBefore(f)) {
            throw new ParameterException(spec.commandLine(), "--to is before --from");
        }
        List<LocalDate> ends = interval.ends(f, t);
        if (ends.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no " + series + " ends between " + f + " and " + t);
        }
        if (ends.size() > 600) {
            throw new ParameterException(spec.commandLine(), "a series has at most 600 points");
        }
        if (on != null) {
            date("--on", on);
        }
        return ends;
    }

    private LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), option + " is a date YYYY-MM-DD, not: " + text);
        }
    }

    private List<String> levels() {
        if (by == null) {
            return Dashboard.ALL_LEVELS;
        }
        List<String> out = new ArrayList<>();
        for (String level : List.of("service", "team", "worker")) { // widest first, whatever the order given
            if (by.contains(level)) {
                out.add(level.equals("service") ? "service-stage" : level);
            }
        }
        for (String b : by) {
            if (!List.of("service", "team", "worker").contains(b)) {
                throw new ParameterException(spec.commandLine(), "--by is worker, team or service, not: " + b);
            }
        }
        return out;
    }

    private List<MeasureDefinition> definitions() {
        if (measures == null) {
            return MeasureDefinitions.defaults();
        }
        if (!Files.isRegularFile(measures)) {
            throw new ParameterException(spec.commandLine(), "--measures " + measures + ": no such file");
        }
        try {
            return MeasureDefinitions.read(measures);
        } catch (InvalidDocumentException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("the measure definitions in " + measures + " have problems; nothing was counted:");
            e.violations().forEach(v -> err.println("  " + v));
            err.flush();
            return null;
        } catch (UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read " + measures + ": " + e.getCause().getMessage());
        }
    }

    private static ObjectNode json(List<MeasureDefinition> definitions, DashboardReport report,
            List<Map.Entry<String, List<IndividualReport>>> views, List<BatchItem> invalid, LocalDate caseDay) {
        ObjectNode doc = Json.object();
        ArrayNode ms = doc.putArray("measures");
        for (MeasureDefinition d : definitions) {
            ms.addObject().put("id", d.id()).put("title", d.title()).put("description", d.description())
                    .put("source", d.source()).put("scoring", d.scoring().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .put("improvementNotation", d.improvement().name().toLowerCase(Locale.ROOT));
        }
        ArrayNode levels = doc.putArray("levels");
        report.levels().forEach(levels::add);
        doc.put("minCount", report.threshold());
        doc.put("casesRead", report.cases());
        ArrayNode points = doc.putArray("points");
        for (DashboardReport.Point p : report.points()) {
            ObjectNode point = points.addObject().put("date", p.day().toString());
            ArrayNode pm = point.putArray("measures");
            for (int i = 0; i < p.measures().size(); i++) {
                SuppressedSummary s = p.measures().get(i);
                boolean cv = definitions.get(i).scoring() == Scoring.CONTINUOUS_VARIABLE;
                ObjectNode m = pm.addObject().put("id", s.measureId());
                stratum(m.putObject("organisation"), s.total(), cv);
                ObjectNode byLevel = m.putObject("by");
                s.stratifiers().forEach((level, strata) -> {
                    ArrayNode list = byLevel.putArray(level);
                    strata.forEach(st -> stratum(list.addObject().put("stratum", st.stratum()), st, cv));
                });
            }
        }
        if (!views.isEmpty()) {
            ArrayNode cases = doc.putArray("cases");
            for (Map.Entry<String, List<IndividualReport>> v : views) {
                ObjectNode c = cases.addObject().put("caseId", v.getKey()).put("date", caseDay.toString());
                ArrayNode list = c.putArray("measures");
                for (int i = 0; i < v.getValue().size(); i++) {
                    IndividualReport r = v.getValue().get(i);
                    ObjectNode m = list.addObject().put("id", definitions.get(i).id());
                    ObjectNode pops = m.putObject("populations");
                    for (PopulationMembership pm : r.populations()) {
                        pops.putObject(population(pm)).put("member", pm.member()).put("reason", pm.reason());
                    }
                    if (r.observation() == null) {
                        m.putNull("observation");
                    } else {
                        m.put("observation", r.observation());
                    }
                }
            }
        }
        ArrayNode bad = doc.putArray("invalid");
        for (BatchItem item : invalid) {
            bad.addObject().put("file", item.source()).set("violations", Json.violations(item.violations()));
        }
        return doc;
    }

    private static String population(PopulationMembership pm) {
        return switch (pm.population()) {
            case INITIAL_POPULATION -> "initialPopulation";
            case DENOMINATOR -> "denominator";
            case DENOMINATOR_EXCLUSION -> "denominatorExclusion";
            case NUMERATOR -> "numerator";
        };
    }

    private static void stratum(ObjectNode node, ShownStratum s, boolean cv) {
        count(node, "denominator", s.denominator());
        if (cv) {
            node.putNull("numerator");
        } else {
            count(node, "numerator", s.numerator());
        }
        BigDecimal value = s.value();
        if (value == null) {
            node.putNull("value");
        } else {
            node.put("value", value);
        }
        node.put("valueSuppressed", s.valueSuppressed());
    }

    private static void count(ObjectNode node, String key, ShownCount c) {
        if (c.suppressed()) {
            node.put(key, ShownCount.SUPPRESSED);
        } else {
            node.put(key, c.value());
        }
    }

    private static void text(PrintWriter out, List<MeasureDefinition> definitions, DashboardReport report,
            List<Map.Entry<String, List<IndividualReport>>> views, List<BatchItem> invalid) {
        out.printf("Breadth dashboard: %d cases read; %s%n", report.cases(), report.threshold() <= 1 ? "nothing suppressed"
                : "counts from 1 to " + (report.threshold() - 1) + " suppressed");
        for (DashboardReport.Point p : report.points()) {
            out.printf("%nOn %s%n", p.day());
            for (int i = 0; i < p.measures().size(); i++) {
                SuppressedSummary s = p.measures().get(i);
                MeasureDefinition d = definitions.get(i);
                out.printf("  %-48s %s%n", d.title(), shown(s.total(), d));
                s.stratifiers().forEach((level, strata) -> strata.forEach(st ->
                        out.printf("    %-13s %-32s %s%n", level, st.stratum(), shown(st, d))));
            }
        }
        for (Map.Entry<String, List<IndividualReport>> v : views) {
            out.printf("%nCase %s%n", v.getKey());
            for (int i = 0; i < v.getValue().size(); i++) {
                IndividualReport r = v.getValue().get(i);
                PopulationMembership last = deciding(r);
                out.printf("  %-48s %s%n", definitions.get(i).title(),
                        r.observation() != null ? r.observation().toPlainString() : (last.member() ? "yes" : "no") + ": " + last.reason());
            }
        }
        if (!invalid.isEmpty()) {
            out.printf("%n%d invalid documents, not counted:%n", invalid.size());
            for (BatchItem item : invalid) {
                for (Violation v : item.violations()) {
                    out.printf("  %s: %s%n", item.source(), v);
                }
            }
        }
        out.flush();
    }

    /** The population that decided the case: the numerator when considered, else the first it failed. */
    private static PopulationMembership deciding(IndividualReport r) {
        PopulationMembership last = r.populations().get(0);
        for (PopulationMembership pm : r.populations()) {
            if (pm.reason().startsWith("not considered")) {
                break;
            }
            if (pm.population() == org.sosqa.core.measure.Population.DENOMINATOR_EXCLUSION && !pm.member()) {
                continue;
            }
            last = pm;
            if (!pm.member() || pm.population() == org.sosqa.core.measure.Population.DENOMINATOR_EXCLUSION) {
                break;
            }
        }
        return last;
    }

    private static String shown(ShownStratum s, MeasureDefinition d) {
        String value = s.value() != null ? s.value().toPlainString() + (d.scoring() == Scoring.PROPORTION ? "%" : "")
                : s.valueSuppressed() ? "suppressed" : "-";
        String of = d.scoring() == Scoring.CONTINUOUS_VARIABLE ? " (" + s.denominator() + " cases)"
                : " (" + s.numerator() + " of " + s.denominator() + ")";
        return value + of;
    }
}
