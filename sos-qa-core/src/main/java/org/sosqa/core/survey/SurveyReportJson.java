package org.sosqa.core.survey;

import java.util.List;
import java.util.Map;

import org.sosqa.core.measure.Scoring;
import org.sosqa.core.measure.ShownStratum;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A {@link SurveyReport} as JSON, with the keys docs/surveys.md fixes, for the command line and the
 * organisation report alike. A suppressed count or value is {@code null} with {@code "suppressed": true},
 * never zero. The same report gives the same JSON.
 */
public final class SurveyReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SurveyReportJson() {
    }

    /** The report as a JSON object. */
    public static ObjectNode toJson(SurveyReport report) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.putObject("instrument").put("id", report.instrumentId()).put("version", report.instrumentVersion());
        doc.put("threshold", report.threshold());
        ArrayNode by = doc.putArray("stratifiers");
        report.stratifiers().forEach(by::add);
        ObjectNode respondents = doc.putObject("respondents");
        count(respondents, report.respondents().total());
        ObjectNode respondentStrata = respondents.putObject("strata");
        for (Map.Entry<String, List<ShownStratum>> e : report.respondents().stratifiers().entrySet()) {
            ArrayNode list = respondentStrata.putArray(e.getKey());
            for (ShownStratum s : e.getValue()) {
                count(list.addObject().put("stratum", s.stratum()), s);
            }
        }
        ArrayNode results = doc.putArray("results");
        for (SurveyResult r : report.results()) {
            boolean percentage = r.scoring() == Scoring.PROPORTION;
            ObjectNode o = results.addObject();
            o.put("measure", r.measureId());
            o.put("title", r.title());
            o.put("kind", percentage ? "percentage" : "mean");
            cell(o, r.summary().total(), percentage);
            ObjectNode strata = o.putObject("strata");
            for (Map.Entry<String, List<ShownStratum>> e : r.summary().stratifiers().entrySet()) {
                ArrayNode list = strata.putArray(e.getKey());
                for (ShownStratum s : e.getValue()) {
                    cell(list.addObject().put("stratum", s.stratum()), s, percentage);
                }
            }
        }
        ArrayNode free = doc.putArray("freeText");
        for (FreeTextCount f : report.freeText()) {
            free.addObject().put("item", f.itemId()).put("answered", f.answered().value())
                    .put("suppressed", f.answered().suppressed());
        }
        return doc;
    }

    private static void count(ObjectNode o, ShownStratum s) {
        o.put("count", s.denominator().value());
        o.put("suppressed", s.valueSuppressed());
    }

    private static void cell(ObjectNode o, ShownStratum s, boolean percentage) {
        o.put("count", s.denominator().value());
        if (percentage) {
            o.put("numerator", s.numerator().value());
        }
        o.put("value", s.value());
        o.put("suppressed", s.valueSuppressed());
    }
}
