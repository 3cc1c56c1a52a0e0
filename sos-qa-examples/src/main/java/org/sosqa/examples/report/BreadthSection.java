package org.sosqa.examples.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.measure.BreadthMeasures;
import org.sosqa.core.measure.Measure;
import org.sosqa.core.measure.MeasureEvaluator;
import org.sosqa.core.measure.Scoring;
import org.sosqa.core.measure.ShownStratum;
import org.sosqa.core.measure.Stratifier;
import org.sosqa.core.measure.SuppressedSummary;
import org.sosqa.core.measure.Suppression;

/**
 * Breadth: the case-management dashboard (domain.md §2.4), the share of open cases with each Signs of
 * Safety element in their current map. By team on the report date, and for the whole organisation at each
 * quarter end of the three years, each as the dashboard would have read that day. Counts under 5 are
 * suppressed ({@link Suppression}), so a small team's figure can never point at one family.
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
        List<CaseRecord> open = asOf(e.cases(), day);
        Stratifier<CaseRecord> team = new Stratifier<>("team", "Team", CaseRecord::team);
        List<Measure<CaseRecord>> measures = BreadthMeasures.all(day).stream().map(m -> m.withStratifiers(team)).toList();
        List<MeasureValue> organisation = new ArrayList<>();
        Map<String, List<MeasureValue>> teams = new LinkedHashMap<>();
        e.teams().keySet().forEach(t -> teams.put(t, new ArrayList<>()));
        for (Measure<CaseRecord> m : measures) {
            SuppressedSummary s = Suppression.apply(MeasureEvaluator.evaluate(m, open, CaseRecord::id).summary());
            organisation.add(value(m, s.total()));
            for (ShownStratum stratum : s.stratifiers().getOrDefault("team", List.of())) {
                List<MeasureValue> values = teams.get(stratum.stratum());
                if (values != null) {
                    values.add(value(m, stratum));
                }
            }
        }
        List<TeamBreadth> byTeam = new ArrayList<>();
        teams.forEach((id, values) -> byTeam.add(new TeamBreadth(id, e.teamName(id), values)));
        List<Quarter> trend = new ArrayList<>();
        LocalDate first = e.collectionYears().isEmpty() ? day : LocalDate.of(e.collectionYears().get(0) - 1, 6, 30);
        for (LocalDate q = first; !q.isAfter(day); q = q.plusMonths(3).withDayOfMonth(1).plusMonths(1).minusDays(1)) {
            List<MeasureValue> values = new ArrayList<>();
            List<CaseRecord> then = asOf(e.cases(), q);
            for (Measure<CaseRecord> m : BreadthMeasures.all(q)) {
                SuppressedSummary s = Suppression.apply(MeasureEvaluator.evaluate(m, then, CaseRecord::id).summary());
                values.add(value(m, s.total()));
            }
            trend.add(new Quarter(q, q.getYear() + " Q" + q.get(IsoFields.QUARTER_OF_YEAR), values));
        }
        Breadth json = new Breadth(day, open.size(), organisation, byTeam, trend, Suppression.DEFAULT_THRESHOLD);
        return new Section(key(), "Breadth: the dashboard of Signs of Safety practice", json, blocks(json));
    }

    private static List<CaseRecord> asOf(List<CaseRecord> cases, LocalDate day) {
        return cases.stream().filter(c -> CaseAsOf.openOn(c, day)).map(c -> CaseAsOf.on(c, day).orElseThrow()).toList();
    }

    private static MeasureValue value(Measure<CaseRecord> m, ShownStratum s) {
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
