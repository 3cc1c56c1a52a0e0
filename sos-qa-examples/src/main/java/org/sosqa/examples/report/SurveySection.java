package org.sosqa.examples.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sosqa.core.measure.Scoring;
import org.sosqa.core.measure.ShownStratum;
import org.sosqa.core.survey.SurveyInstrument;
import org.sosqa.core.survey.SurveyMeasures;
import org.sosqa.core.survey.SurveyReport;
import org.sosqa.core.survey.SurveyReportJson;
import org.sosqa.core.survey.SurveyResponse;
import org.sosqa.core.survey.SurveyResult;
import org.sosqa.core.survey.SurveyScorer;

/**
 * A family or staff survey (domain.md §2.5, §2.6): the instrument's measures for each survey cycle and by team,
 * scored by {@link SurveyScorer} with its group suppression, so no group of fewer than five respondents is shown
 * or can be worked out. {@code report.json} carries the survey's own JSON ({@link SurveyReportJson}) by cycle and
 * by team. Free-text answers are counted, never shown.
 */
final class SurveySection implements ReportSection {

    private final String key;
    private final String title;
    private final String about;
    private final SurveyInstrument instrument;
    private final List<SurveyResponse> responses;

    /**
     * @param key the section's key, {@code familySurvey} or {@code staffSurvey}
     * @param title its heading
     * @param about a sentence on who answered, for the page
     * @param instrument the instrument answered
     * @param responses the valid responses
     */
    SurveySection(String key, String title, String about, SurveyInstrument instrument, List<SurveyResponse> responses) {
        this.key = key;
        this.title = title;
        this.about = about;
        this.instrument = instrument;
        this.responses = List.copyOf(responses);
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Section build(Evidence e) {
        SurveyReport byCycle = SurveyScorer.score(instrument, responses, List.of(SurveyMeasures.BY_CYCLE));
        SurveyReport byTeam = SurveyScorer.score(instrument, responses, List.of(SurveyMeasures.BY_TEAM));
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("available", true);
        json.put("instrument", instrument.title());
        json.set("byCycle", SurveyReportJson.toJson(byCycle));
        json.set("byTeam", SurveyReportJson.toJson(byTeam));

        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(about + " " + instrument.title() + " (" + instrument.id() + " "
                + instrument.version() + "): the library's own items, built from public guidance (see docs/surveys.md),"
                + " not the Signs of Safety consultancy's survey. Groups of fewer than " + byTeam.threshold()
                + " respondents are suppressed; free-text answers are counted, never shown."));
        List<String> cycles = new ArrayList<>(new TreeSet<>(responses.stream().map(SurveyResponse::cycle).toList()));
        List<Column> cycleColumns = new ArrayList<>(List.of(Column.text("measure", "Measure")));
        cycles.forEach(c -> cycleColumns.add(Column.number("c" + c, "Survey " + c)));
        List<List<Object>> percentRows = new ArrayList<>();
        List<List<Object>> allRows = new ArrayList<>();
        List<Object> respondents = new ArrayList<>();
        respondents.add("Respondents");
        cycles.forEach(c -> respondents.add(count(stratum(byCycle.respondents().stratifiers().get("cycle"), c))));
        allRows.add(respondents);
        for (SurveyResult r : byCycle.results()) {
            List<Object> row = new ArrayList<>();
            row.add(title(r));
            for (String c : cycles) {
                ShownStratum s = stratum(r.summary().stratifiers().get("cycle"), c);
                row.add(s == null ? null : Numbers.oneDecimal(s.value()));
            }
            allRows.add(row);
            if (charted(r, byCycle)) {
                percentRows.add(row);
            }
        }
        String id = key.equals("familySurvey") ? "family-survey" : "staff-survey";
        blocks.add(new Block.Figure(new Table(id + "-agreeing-by-cycle", title + ": share agreeing, by survey (%)",
                cycleColumns, percentRows), new Chart(Chart.Kind.BARS, "measure",
                        cycleColumns.stream().skip(1).map(Column::key).toList(), 100, "% agreeing")));
        blocks.add(new Block.Figure(new Table(id + "-by-cycle", title + ": every measure by survey", cycleColumns,
                allRows), null));

        List<Column> teamColumns = new ArrayList<>(List.of(Column.text("team", "Team"),
                Column.number("respondents", "Respondents")));
        List<SurveyResult> percents = byTeam.results().stream().filter(r -> charted(r, byTeam)).toList();
        for (int i = 0; i < percents.size(); i++) {
            teamColumns.add(Column.number("m" + (i + 1), title(percents.get(i))));
        }
        Map<String, List<Object>> teamRows = new LinkedHashMap<>();
        for (String team : e.teams().keySet()) {
            List<Object> row = new ArrayList<>();
            row.add(e.teamName(team));
            row.add(count(stratum(byTeam.respondents().stratifiers().get("team"), team)));
            for (SurveyResult r : percents) {
                ShownStratum s = stratum(r.summary().stratifiers().get("team"), team);
                row.add(s == null ? null : Numbers.oneDecimal(s.value()));
            }
            teamRows.put(team, row);
        }
        blocks.add(new Block.Figure(new Table(id + "-by-team", title + ": share agreeing by team, every survey (%)",
                teamColumns, List.copyOf(teamRows.values())), null));
        return new Section(key, title, json, blocks);
    }

    /**
     * Whether a result is drawn and shown by team: the scales' "% agreeing" where the instrument has three
     * scales or more, otherwise every item's, so a one-scale survey still shows what lies inside its score.
     */
    private static boolean charted(SurveyResult r, SurveyReport report) {
        if (r.scoring() != Scoring.PROPORTION) {
            return false;
        }
        long scales = report.results().stream()
                .filter(x -> x.scoring() == Scoring.PROPORTION && x.measureId().startsWith("scale.")).count();
        return scales >= 3 ? r.measureId().startsWith("scale.") : r.measureId().startsWith("item.");
    }

    /** A result's title, with an item's own words in place of its id. */
    private String title(SurveyResult r) {
        if (r.measureId().startsWith("item.")) {
            String itemId = r.measureId().substring(5, r.measureId().lastIndexOf('.'));
            String kind = r.scoring() == Scoring.PROPORTION ? "% agreeing" : "mean";
            return instrument.item(itemId).map(i -> "\u201c" + i.text() + "\u201d (" + kind + ")").orElse(r.title());
        }
        return r.title();
    }

    private static ShownStratum stratum(List<ShownStratum> strata, String value) {
        if (strata == null) {
            return null;
        }
        return strata.stream().filter(s -> s.stratum().equals(value)).findFirst().orElse(null);
    }

    private static Object count(ShownStratum s) {
        return s == null || s.denominator().suppressed() ? null : BigDecimal.valueOf(s.denominator().value());
    }
}
