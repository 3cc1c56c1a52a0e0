package org.sosqa.examples.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sosqa.core.coredata.CaseEventEpisodes;
import org.sosqa.core.coredata.CollectionYear;
import org.sosqa.core.coredata.CoreData;
import org.sosqa.core.coredata.Indicator;
import org.sosqa.core.coredata.IndicatorReport;
import org.sosqa.core.coredata.StatutoryIndicators;
import org.sosqa.core.coredata.WorkingDayCalendar;

/**
 * Core data: the English statutory indicators (domain.md §3), computed from the cases' events for each
 * collection year with {@link StatutoryIndicators}, beside England's published figures where the project's
 * domain reference gives one.
 */
final class CoreDataSection implements ReportSection {

    /** The rates drawn in the chart: the headline indicators a leadership team watches. */
    private static final List<String> HEADLINE = List.of("rereferral-rate", "assessments-within-45wd-rate",
            "icpc-within-15wd-rate", "cpp-subsequent-rate");

    private final EnglandAverages england = EnglandAverages.load();

    @Override
    public String key() {
        return "coreData";
    }

    record YearValue(int year, long numerator, Long denominator, BigDecimal value) {
    }

    record IndicatorRow(String id, String title, List<YearValue> years, BigDecimal england, Integer englandYear,
            String englandSource, String noEnglandFigure) {
    }

    record CoreDataJson(List<Integer> collectionYears, List<IndicatorRow> indicators, Map<Integer, Integer> recordsLeftOut) {
    }

    @Override
    public Section build(Evidence e) {
        CoreData data = CaseEventEpisodes.from(e.cases());
        Map<String, IndicatorRow> rows = new LinkedHashMap<>();
        Map<String, List<YearValue>> values = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        Map<Integer, Integer> leftOut = new LinkedHashMap<>();
        for (int year : e.collectionYears()) {
            IndicatorReport report = StatutoryIndicators.compute(data, new CollectionYear(year),
                    WorkingDayCalendar.englandAndWales(), e.childPopulation());
            leftOut.put(year, report.problems().size());
            for (Indicator i : report.indicators()) {
                titles.putIfAbsent(i.id(), i.title());
                values.computeIfAbsent(i.id(), k -> new ArrayList<>())
                        .add(new YearValue(year, i.numerator(), i.denominator(), i.value()));
            }
        }
        values.forEach((id, years) -> {
            EnglandAverages.Average a = england.of(id);
            rows.put(id, new IndicatorRow(id, titles.get(id), years, a == null ? null : a.value(),
                    a == null ? null : a.year(), a == null ? null : a.source(), england.whyNone(id)));
        });
        CoreDataJson json = new CoreDataJson(e.collectionYears(), List.copyOf(rows.values()), leftOut);
        return new Section(key(), "Core data: statutory indicators against England", json, blocks(e, json));
    }

    private static List<Block> blocks(Evidence e, CoreDataJson json) {
        List<Block> out = new ArrayList<>();
        out.add(new Block.Paragraph("The statutory indicators of the children in need census and the children looked"
                + " after return, computed from the case events for each collection year (1 April to 31 March), beside"
                + " England's published figure where one is given in the project's domain reference (domain.md §3)."
                + " Core data describe the system, not the effect of any one practice model on children."));
        List<Column> columns = new ArrayList<>(List.of(Column.text("indicator", "Indicator"), Column.text("id", "Id")));
        for (int y : json.collectionYears()) {
            columns.add(Column.number("y" + y, (y - 1) + "-" + (y % 100)));
        }
        columns.add(Column.number("england", "England"));
        columns.add(Column.text("englandYear", "England figure for"));
        List<List<Object>> rows = new ArrayList<>();
        List<List<Object>> headline = new ArrayList<>();
        for (IndicatorRow r : json.indicators()) {
            List<Object> row = new ArrayList<>();
            row.add(r.title());
            row.add(r.id());
            r.years().forEach(v -> row.add(v.value()));
            row.add(r.england());
            row.add(r.englandYear() == null ? "no published figure here" : (r.englandYear() - 1) + "-" + (r.englandYear() % 100));
            rows.add(row);
            if (HEADLINE.contains(r.id())) {
                headline.add(row);
            }
        }
        List<String> series = new ArrayList<>();
        json.collectionYears().forEach(y -> series.add("y" + y));
        series.add("england");
        out.add(new Block.Figure(new Table("core-data-headline", "Headline rates by collection year, with England (%)",
                columns, headline), new Chart(Chart.Kind.BARS, "indicator", series, 100, "%")));
        out.add(new Block.Figure(new Table("core-data-indicators", "Every statutory indicator by collection year",
                columns, rows), null));
        StringBuilder sources = new StringBuilder("Sources of England's figures: ");
        for (IndicatorRow r : json.indicators()) {
            if (r.englandSource() != null) {
                sources.append(r.id()).append(": ").append(r.englandSource()).append(". ");
            }
        }
        sources.append("No England figure is shown for ");
        List<String> none = json.indicators().stream().filter(r -> r.noEnglandFigure() != null)
                .map(r -> r.id() + " (" + r.noEnglandFigure() + ")").toList();
        sources.append(String.join("; ", none)).append(".");
        out.add(new Block.Paragraph(sources.toString()));
        int left = json.recordsLeftOut().values().stream().mapToInt(Integer::intValue).sum();
        if (left > 0) {
            out.add(new Block.Notice(left + " case events could not be paired into episodes and were left out of the"
                    + " indicators; run the indicators command on the cases to list them."));
        }
        if (e.childPopulation() == null) {
            out.add(new Block.Notice("The child population is not known, so the rate of children looked after per"
                    + " 10,000 is left out."));
        }
        return out;
    }
}
