package org.sosqa.examples.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.sosqa.core.inquiry.InquiryRecord;
import org.sosqa.core.inquiry.LearningThemes;
import org.sosqa.core.inquiry.PracticeVocabulary;
import org.sosqa.core.inquiry.TagTheme;
import org.sosqa.core.inquiry.ThemeReport;
import org.sosqa.core.measure.ShownCount;
import org.sosqa.core.measure.ShownStratum;
import org.sosqa.examples.cli.PracticeLearningJson;

/**
 * Appreciative inquiry (domain.md §5.1): the practices most often behind work people are proud of, overall
 * and by team, from {@link LearningThemes}, with the EARS quality notes counted. {@code report.json} carries
 * the same object as {@code sos-qa inquiry themes} (docs/appreciative-inquiry.md), with {@code "available": true}.
 */
final class InquirySection implements ReportSection {

    private static final int TEAM_THEMES = 4;

    private final List<InquiryRecord> inquiries;

    InquirySection(List<InquiryRecord> inquiries) {
        this.inquiries = List.copyOf(inquiries);
    }

    @Override
    public String key() {
        return "appreciativeInquiry";
    }

    @Override
    public Section build(Evidence e) {
        ThemeReport r = LearningThemes.of(inquiries, PracticeVocabulary.defaults());
        ObjectNode json = PracticeLearningJson.themes(r);
        json.put("available", true);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(r.inquiries() + " appreciative inquiries were recorded (EARS: elicit, amplify,"
                + " reflect, start again); " + count(r.proudInquiries()) + " were about work the people involved rated"
                + " " + r.proudFrom() + " or more on its scale. These are the practices most often behind that work:"
                + " what to spread. Counts under " + r.threshold() + " are suppressed."));
        List<List<Object>> rows = new ArrayList<>();
        for (TagTheme t : r.tags()) {
            ShownStratum total = t.summary().total();
            rows.add(Numbers.row(t.tag().label(), t.tag().id(), value(total.numerator()), Numbers.oneDecimal(total.value())));
        }
        blocks.add(new Block.Figure(new Table("inquiry-themes", "Practices behind proud work (% of proud inquiries)",
                List.of(Column.text("practice", "Practice"), Column.text("id", "Id"),
                        Column.number("inquiries", "Proud inquiries"), Column.number("percent", "% of proud inquiries")),
                rows), new Chart(Chart.Kind.BARS, "practice", List.of("percent"), 100, "% of proud inquiries")));
        List<TagTheme> top = r.tags().subList(0, Math.min(TEAM_THEMES, r.tags().size()));
        List<Column> columns = new ArrayList<>(List.of(Column.text("team", "Team")));
        for (int i = 0; i < top.size(); i++) {
            columns.add(Column.number("t" + (i + 1), top.get(i).tag().label() + " %"));
        }
        List<List<Object>> teamRows = new ArrayList<>();
        for (String team : e.teams().keySet()) {
            List<Object> row = new ArrayList<>();
            row.add(e.teamName(team));
            for (TagTheme t : top) {
                row.add(t.summary().stratifiers().getOrDefault(LearningThemes.BY_TEAM, List.of()).stream()
                        .filter(s -> s.stratum().equals(team)).findFirst()
                        .map(s -> (Object) Numbers.oneDecimal(s.value())).orElse(null));
            }
            teamRows.add(row);
        }
        blocks.add(new Block.Figure(new Table("inquiry-themes-by-team", "The most frequent practices by team"
                + " (% of the team's proud inquiries)", columns, teamRows), null));
        List<List<Object>> notes = new ArrayList<>();
        r.noteCounts().forEach((code, n) -> notes.add(Numbers.row(code, n)));
        if (!notes.isEmpty()) {
            blocks.add(new Block.Paragraph("Quality notes on the inquiries themselves (EARS checks): a prompt for"
                    + " whoever leads the inquiries, not a judgement of the work."));
            blocks.add(new Block.Figure(new Table("inquiry-quality-notes", "EARS quality notes by kind",
                    List.of(Column.text("note", "Note"), Column.number("count", "Inquiries")), notes), null));
        }
        return new Section(key(), "Appreciative inquiry: what lies behind work people are proud of", json, blocks);
    }

    private static String count(ShownCount c) {
        return c.suppressed() ? "fewer than 5" : String.valueOf(c.value());
    }

    private static BigDecimal value(ShownCount c) {
        return c.suppressed() || c.value() == null ? null : BigDecimal.valueOf(c.value());
    }
}
