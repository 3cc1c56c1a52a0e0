package org.sosqa.examples.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sosqa.core.measure.Dashboard;
import org.sosqa.core.measure.DashboardReport;
import org.sosqa.core.measure.Interval;
import org.sosqa.core.measure.MeasureDefinition;
import org.sosqa.core.measure.MeasureDefinitions;
import org.sosqa.core.measure.Scoring;
import org.sosqa.core.measure.ShownStratum;
import org.sosqa.core.measure.SuppressedSummary;
import org.sosqa.core.measure.Suppression;

/**
 * Breadth: the case-management dashboard (domain.md §2.4), the share of open cases with each Signs of
 * Safety element in their current map, from the default measure definitions ({@link MeasureDefinitions}) rolled
 * up by {@link Dashboard} in one pass over the cases. By team on the report date, and for the whole
 * organisation at each quarter end of the three years, each on the cases as they stood that day. Counts under 5
 * are suppressed ({@link Suppression}), so a small team's figure can never point at one family.
 */
final class BreadthSection implements ReportSection {

    /** The measures drawn as lines in the trend chart; the table holds them all. */
    private static final List<String> TREND_LINES = List.of("danger-statement", "scale-with-family", "child-voice",
            "network", "safety-plan");

    @Override
    public String key() {
        return "breadth";
    }

    record MeasureValue(String measure, String title, BigDecimal value, String denominator, String numerator) {
    }

    record TeamBreadth(String team, String name, List<MeasureValue> measures) {
    }

    record Quarter(LocalDate day, String label, List<MeasureValue> measures) {
    }

    record Breadth(LocalDate day, int openCases, List<MeasureValue> organisation, List<TeamBreadth> byTeam,
            List<Quarter> trend, int suppressionThreshold) {
    }

    @Override
    public Section build(Evidence e) {
        LocalDate day = e.reportDate();
        LocalDate from = e.collectionYears().isEmpty() ? day : LocalDate.of(e.collectionYears().get(0) - 1, 4, 1);
        List<LocalDate> days = new ArrayList<>(Interval.QUARTER.ends(from, day));
        if (days.isEmpty() || !days.get(days.size() - 1).equals(day)) {
            days.add(day); // the report date itself, when it is not a quarter end
        }
        List<MeasureDefinition> definitions = MeasureDefinitions.defaults();
        Map<String, MeasureDefinition> byId = new LinkedHashMap<>();
        definitions.forEach(d -> byId.put(d.id(), d));
        // One pass over the cases: the dashboard counts each as it stood on each day, by team.
        Dashboard dashboard = new Dashboard(definitions, days, List.of("team"));
        e.cases().forEach(dashboard::add);
        DashboardReport report = dashboard.report(Suppression.DEFAULT_THRESHOLD);
        List<Quarter> trend = new ArrayList<>();
        for (DashboardReport.Point point : report.points()) {
            List<MeasureValue> values = new ArrayList<>();
            point.measures().forEach(m -> values.add(value(byId.get(m.measureId()), m.total())));
            trend.add(new Quarter(point.day(), point.day().getYear() + " Q" + point.day().get(IsoFields.QUARTER_OF_YEAR),
                    values));
        }
        DashboardReport.Point now = report.points().get(report.points().size() - 1);
        List<MeasureValue> organisation = trend.get(trend.size() - 1).measures();
        Map<String, List<MeasureValue>> teams = new LinkedHashMap<>();
        e.teams().keySet().forEach(t -> teams.put(t, new ArrayList<>()));
        for (SuppressedSummary m : now.measures()) {
            for (ShownStratum stratum : m.stratifiers().getOrDefault("team", List.of())) {
                List<MeasureValue> values = teams.get(stratum.stratum());
                if (values != null) {
                    values.add(value(byId.get(m.measureId()), stratum));
                }
            }
        }
        List<TeamBreadth> byTeam = new ArrayList<>();
        teams.forEach((id, values) -> byTeam.add(new TeamBreadth(id, e.teamName(id), values)));
        long open = e.cases().stream().filter(c -> CaseAsOf.openOn(c, day)).count();
        Breadth json = new Breadth(day, (int) open, organisation, byTeam, trend, Suppression.DEFAULT_THRESHOLD);
        return new Section(key(), "Breadth: the dashboard of Signs of Safety practice", json, blocks(json));
    }

    private static MeasureValue value(MeasureDefinition m, ShownStratum s) {
        return new MeasureValue(shortId(m.id()), m.title() + (m.scoring() == Scoring.PROPORTION ? " %" : ""),
                Numbers.oneDecimal(s.value()), s.denominator().toString(), s.numerator().toString());
    }

    private static String shortId(String id) {
        return id.startsWith("breadth.") ? id.substring("breadth.".length()) : id;
    }

    private static List<Block> blocks(Breadth b) {
        List<Block> out = new ArrayList<>();
        out.add(new Block.Paragraph("How many of the " + b.openCases() + " cases open on "
                + b.day().format(QualityCycle.DAY) + " have each element of Signs of Safety practice in their current"
                + " map. These are the library's own dashboard measures (domain.md §2.4): they count whether something is"
                + " there, not how good it is; depth above says how good. Figures built on fewer than "
                + b.suppressionThreshold() + " cases are suppressed."));
        List<Column> columns = new ArrayList<>(List.of(Column.text("team", "Team")));
        b.organisation().forEach(m -> columns.add(Column.number(m.measure(), m.title())));
        List<List<Object>> rows = new ArrayList<>();
        for (TeamBreadth t : b.byTeam()) {
            List<Object> row = new ArrayList<>();
            row.add(t.name());
            for (MeasureValue org : b.organisation()) {
                row.add(t.measures().stream().filter(m -> m.measure().equals(org.measure())).findFirst()
                        .map(MeasureValue::value).orElse(null));
            }
            rows.add(row);
        }
        List<Object> total = new ArrayList<>();
        total.add("Whole organisation");
        b.organisation().forEach(m -> total.add(m.value()));
        rows.add(total);
        List<String> percentKeys = b.organisation().stream().filter(m -> m.title().endsWith("%"))
                .map(MeasureValue::measure).toList();
        out.add(new Block.Figure(new Table("breadth-by-team", "Dashboard by team, open cases on "
                + b.day().format(QualityCycle.DAY), columns, rows), null));
        List<String> chartKeys = percentKeys.stream().filter(TREND_LINES::contains).toList();
        out.add(new Block.Figure(new Table("breadth-key-by-team", "Key dashboard measures by team, "
                + b.day().format(QualityCycle.DAY) + " (% of open cases)",
                columns.stream().filter(c -> c.key().equals("team") || chartKeys.contains(c.key())).toList(),
                rows.stream().map(r -> pick(r, columns, chartKeys)).toList()),
                new Chart(Chart.Kind.BARS, "team", chartKeys, 100, "% of open cases")));

        List<Column> trendColumns = new ArrayList<>(List.of(Column.text("quarter", "Quarter end")));
        b.organisation().forEach(m -> trendColumns.add(Column.number(m.measure(), m.title())));
        List<List<Object>> trendRows = new ArrayList<>();
        for (Quarter q : b.trend()) {
            List<Object> row = new ArrayList<>();
            row.add(q.day().toString());
            q.measures().forEach(m -> row.add(m.value()));
            trendRows.add(row);
        }
        out.add(new Block.Paragraph("The trend: the dashboard for the whole organisation as it would have read at each"
                + " quarter end."));
        out.add(new Block.Figure(new Table("breadth-trend", "Dashboard at each quarter end, whole organisation",
                trendColumns, trendRows), new Chart(Chart.Kind.LINES, "quarter", chartKeys, 100, "% of open cases")));
        return out;
    }

    private static List<Object> pick(List<Object> row, List<Column> columns, List<String> keys) {
        List<Object> out = new ArrayList<>();
        out.add(row.get(0));
        for (int i = 1; i < columns.size(); i++) {
            if (keys.contains(columns.get(i).key())) {
                out.add(row.get(i));
            }
        }
        return out;
    }
}
