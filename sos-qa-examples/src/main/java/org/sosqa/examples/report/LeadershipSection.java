package org.sosqa.examples.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.sosqa.core.leadership.ActivityCatalogue;
import org.sosqa.core.leadership.ImplementationRating;
import org.sosqa.core.leadership.PracticeTargets;
import org.sosqa.core.leadership.RatingAnchor;
import org.sosqa.core.leadership.RatingTrend;
import org.sosqa.core.leadership.RoleTime;
import org.sosqa.core.leadership.TimeRecord;
import org.sosqa.core.leadership.TimeReport;
import org.sosqa.core.leadership.TimeRollup;
import org.sosqa.examples.cli.PracticeLearningJson;

/**
 * Leaders' time for practice (domain.md §5.2): the share of leaders' recorded time spent on practice, by
 * role against the organisation's own targets ({@link TimeRollup}), and the organisation's implementation
 * self-rating over time ({@link RatingTrend}). {@code report.json} carries the same objects as
 * {@code sos-qa leadership time} and {@code leadership rating} (docs/leadership.md) under {@code time} and
 * {@code implementationRating}.
 */
final class LeadershipSection implements ReportSection {

    private final List<TimeRecord> time;
    private final PracticeTargets targets;
    private final List<ImplementationRating> ratings;

    LeadershipSection(List<TimeRecord> time, PracticeTargets targets, List<ImplementationRating> ratings) {
        this.time = List.copyOf(time);
        this.targets = targets;
        this.ratings = List.copyOf(ratings);
    }

    @Override
    public String key() {
        return "leadership";
    }

    @Override
    public Section build(Evidence e) {
        ActivityCatalogue catalogue = ActivityCatalogue.defaults();
        TimeReport report = TimeRollup.byRole(time, catalogue, targets);
        RatingTrend trend = RatingTrend.of(ratings);
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("available", true);
        json.set("time", PracticeLearningJson.time(report, catalogue));
        json.set("implementationRating", PracticeLearningJson.rating(trend));

        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(report.records() + " sampled weeks of leaders' time"
                + (report.from() == null ? "" : " from " + report.from().format(QualityCycle.DAY) + " to "
                        + report.to().format(QualityCycle.DAY))
                + ": how much of it went on practice (supervision, case discussion, direct work alongside workers)"
                + " against the organisation's own targets. The targets are the organisation's; the library sets none."
                + " A role with fewer than " + report.threshold() + " leaders is suppressed."));
        List<List<Object>> rows = new ArrayList<>();
        for (RoleTime r : report.roles()) {
            rows.add(Numbers.row(r.role(), r.leaders().suppressed() ? null : BigDecimal.valueOf(r.leaders().value()),
                    Numbers.oneDecimal(r.practicePercent()),
                    r.targetPercent() == null ? null : BigDecimal.valueOf(r.targetPercent()),
                    r.meetsTarget() == null ? null : r.meetsTarget() ? "yes" : "no"));
        }
        RoleTime all = report.all();
        rows.add(Numbers.row("every role", all.leaders().suppressed() ? null : BigDecimal.valueOf(all.leaders().value()),
                Numbers.oneDecimal(all.practicePercent()), null, null));
        blocks.add(new Block.Figure(new Table("leadership-time-by-role", "Leaders' time on practice by role, against"
                + " target (%)", List.of(Column.text("role", "Role"), Column.number("leaders", "Leaders"),
                        Column.number("practice", "Time on practice %"), Column.number("target", "Target %"),
                        Column.text("meetsTarget", "Meets target")), rows),
                new Chart(Chart.Kind.BARS, "role", List.of("practice", "target"), 100, "% of recorded time")));

        if (!trend.points().isEmpty()) {
            int max = trend.anchors().stream().mapToInt(RatingAnchor::score).max().orElse(10);
            List<List<Object>> points = new ArrayList<>();
            for (RatingTrend.Point p : trend.points()) {
                points.add(Numbers.row(p.date().toString(), BigDecimal.valueOf(p.rating()), p.ratedBy()));
            }
            blocks.add(new Block.Paragraph("The organisation's own rating of how far Signs of Safety is implemented,"
                    + " at each review: " + trend.direction().name().toLowerCase(java.util.Locale.UK)
                    + (trend.change() == null ? "" : " (" + (trend.change() > 0 ? "+" : "") + trend.change() + " overall)")
                    + "."));
            blocks.add(new Block.Figure(new Table("leadership-implementation-rating", "Implementation self-rating over"
                    + " time (0-" + max + ")", List.of(Column.text("date", "Date"), Column.number("rating", "Rating"),
                            Column.text("ratedBy", "Rated by")), points),
                    new Chart(Chart.Kind.LINES, "date", List.of("rating"), max, "rating")));
        }
        return new Section(key(), "Leaders' time for practice", json, blocks);
    }
}
