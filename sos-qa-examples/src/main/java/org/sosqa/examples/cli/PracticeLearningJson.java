package org.sosqa.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sosqa.core.inquiry.LearningThemes;
import org.sosqa.core.inquiry.QualityNote;
import org.sosqa.core.inquiry.TagTheme;
import org.sosqa.core.inquiry.ThemeReport;
import org.sosqa.core.leadership.Activity;
import org.sosqa.core.leadership.ActivityCatalogue;
import org.sosqa.core.leadership.RatingAnchor;
import org.sosqa.core.leadership.RatingTrend;
import org.sosqa.core.leadership.RoleTime;
import org.sosqa.core.leadership.TimeReport;
import org.sosqa.core.measure.ShownCount;
import org.sosqa.core.measure.ShownStratum;

/**
 * The JSON of the appreciative inquiry and leadership reports, with the keys that docs/appreciative-inquiry.md
 * and docs/leadership.md fix: used by {@code inquiry themes}, {@code leadership time} and
 * {@code leadership rating}, and public so that the demonstration organisation's {@code report.json} can
 * carry the same objects under {@code appreciativeInquiry} and {@code leadership}. A suppressed count is
 * written as the string {@value ShownCount#SUPPRESSED}.
 */
public final class PracticeLearningJson {

    private PracticeLearningJson() {
    }

    /**
     * The learning themes, with both breakdowns.
     *
     * @param report the themes
     * @return {@code {"proudFrom", "threshold", "inquiries", "proudInquiries", "themes", "qualityNotes"}}
     */
    public static ObjectNode themes(ThemeReport report) {
        return themes(report, true, true);
    }

    static ObjectNode themes(ThemeReport report, boolean byTeam, boolean byQuarter) {
        ObjectNode doc = Json.object();
        doc.put("proudFrom", report.proudFrom());
        doc.put("threshold", report.threshold());
        doc.put("inquiries", report.inquiries());
        doc.putPOJO("proudInquiries", count(report.proudInquiries()));
        ArrayNode themes = doc.putArray("themes");
        for (TagTheme t : report.tags()) {
            ObjectNode theme = themes.addObject();
            theme.put("tag", t.tag().id());
            theme.put("label", t.tag().label());
            theme.put("source", t.tag().source());
            cells(theme, t.summary().total());
            if (byTeam) {
                strata(theme.putArray("byTeam"), "team", t.summary().stratifiers().get(LearningThemes.BY_TEAM));
            }
            if (byQuarter) {
                strata(theme.putArray("byQuarter"), "quarter", t.summary().stratifiers().get(LearningThemes.BY_QUARTER));
            }
        }
        ObjectNode notes = doc.putObject("qualityNotes");
        ObjectNode counts = notes.putObject("counts");
        report.noteCounts().forEach(counts::put);
        ArrayNode list = notes.putArray("notes");
        for (QualityNote n : report.notes()) {
            list.addObject().put("inquiryId", n.inquiryId()).put("code", n.code()).put("message", n.message());
        }
        return doc;
    }

    /**
     * Leaders' time by role.
     *
     * @param report the roll-up
     * @param catalogue the activities it used
     * @return {@code {"threshold", "from", "to", "records", "roles", "all", "activities"}}
     */
    public static ObjectNode time(TimeReport report, ActivityCatalogue catalogue) {
        ObjectNode doc = Json.object();
        doc.put("threshold", report.threshold());
        doc.put("from", report.from() == null ? null : report.from().toString());
        doc.put("to", report.to() == null ? null : report.to().toString());
        doc.put("records", report.records());
        ArrayNode roles = doc.putArray("roles");
        report.roles().forEach(r -> role(roles.addObject(), r));
        role(doc.putObject("all"), report.all());
        ArrayNode activities = doc.putArray("activities");
        for (Activity a : catalogue.activities()) {
            activities.addObject().put("id", a.id()).put("label", a.label()).put("practice", a.practice());
        }
        return doc;
    }

    /**
     * The implementation self-ratings over time.
     *
     * @param trend the trend
     * @return {@code {"ratings", "first", "latest", "change", "direction", "anchors"}}
     */
    public static ObjectNode rating(RatingTrend trend) {
        ObjectNode doc = Json.object();
        ArrayNode points = doc.putArray("ratings");
        for (RatingTrend.Point p : trend.points()) {
            points.addObject().put("date", p.date().toString()).put("rating", p.rating()).put("ratedBy", p.ratedBy())
                    .put("change", p.change());
        }
        doc.put("first", trend.first());
        doc.put("latest", trend.latest());
        doc.put("change", trend.change());
        doc.put("direction", trend.direction().name());
        ArrayNode anchors = doc.putArray("anchors");
        for (RatingAnchor a : trend.anchors()) {
            anchors.addObject().put("score", a.score()).put("text", a.text()).put("source", a.source());
        }
        return doc;
    }

    private static void role(ObjectNode o, RoleTime r) {
        o.put("role", r.role());
        o.putPOJO("leaders", count(r.leaders()));
        o.put("suppressed", r.suppressed());
        o.put("practiceMinutes", r.practiceMinutes());
        o.put("totalMinutes", r.totalMinutes());
        o.put("practicePercent", r.practicePercent());
        o.put("targetPercent", r.targetPercent());
        o.put("meetsTarget", r.meetsTarget());
        o.putPOJO("leadersMeetingTarget", count(r.leadersMeetingTarget()));
        ObjectNode minutes = o.putObject("minutesByActivity");
        r.minutesByActivity().forEach(minutes::put);
    }

    private static void strata(ArrayNode array, String key, List<ShownStratum> strata) {
        for (ShownStratum s : strata) {
            ObjectNode o = array.addObject();
            o.put(key, s.stratum());
            cells(o, s);
        }
    }

    private static void cells(ObjectNode o, ShownStratum s) {
        o.putPOJO("count", count(s.numerator()));
        o.putPOJO("of", count(s.denominator()));
        if (s.value() == null) {
            o.putNull("percent");
        } else {
            o.put("percent", s.value());
        }
    }

    /** A shown count as JSON: the number, or the string {@value ShownCount#SUPPRESSED}. */
    static Object count(ShownCount c) {
        return c.suppressed() ? ShownCount.SUPPRESSED : c.value();
    }
}
