package org.sosqa.core.survey;

import org.sosqa.core.InvalidDocumentException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.sosqa.core.internal.Pointers;
import org.sosqa.core.measure.ShownStratum;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What an organisation shares with others: its organisation-wide survey figures, already suppressed, with no
 * team, respondent or free text in them. Written and read as a small JSON document (docs/surveys.md).
 *
 * @param organisation the organisation's name or code (anonymised in a comparison when asked)
 * @param instrumentId the instrument's id
 * @param instrumentVersion its version; only the same id and version are compared
 * @param cycle the survey round, or {@code ""}
 * @param threshold the smallest group the figures show
 * @param respondents how many responded, or null when suppressed
 * @param figures one per measure, in instrument order
 */
public record SharedFigures(String organisation, String instrumentId, String instrumentVersion, String cycle,
        int threshold, Long respondents, List<SharedFigure> figures) {

    /** The {@code format} value of a shared-figures document. */
    public static final String FORMAT = "sos-qa.survey.shared-figures/1";

    private static final Set<String> TOP = Set.of("format", "organisation", "instrument", "cycle", "threshold",
            "respondents", "figures");
    private static final Set<String> INSTRUMENT = Set.of("id", "version");
    private static final Set<String> FIGURE = Set.of("measure", "count", "value", "suppressed");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public SharedFigures {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(instrumentVersion, "instrumentVersion");
        cycle = cycle == null ? "" : cycle;
        figures = List.copyOf(figures);
    }

    /**
     * The organisation-wide totals of a report, as they may be shared.
     *
     * @param organisation the organisation's name or code
     * @param cycle the survey round, or {@code ""}
     * @param report a suppressed report
     * @return the figures
     */
    public static SharedFigures of(String organisation, String cycle, SurveyReport report) {
        List<SharedFigure> figures = new ArrayList<>();
        for (SurveyResult r : report.results()) {
            ShownStratum t = r.summary().total();
            boolean hidden = t.valueSuppressed();
            figures.add(new SharedFigure(r.measureId(), hidden ? null : t.denominator().value(),
                    hidden ? null : t.value(), hidden));
        }
        return new SharedFigures(organisation, report.instrumentId(), report.instrumentVersion(), cycle,
                report.threshold(), report.respondents().total().denominator().value(), figures);
    }

    /** The figure of a measure, or null. */
    public SharedFigure figure(String measureId) {
        return figures.stream().filter(f -> f.measureId().equals(measureId)).findFirst().orElse(null);
    }

    /** This document as JSON (keys as docs/surveys.md gives them), the same text for the same figures. */
    public ObjectNode toJson() {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("format", FORMAT);
        doc.put("organisation", organisation);
        doc.putObject("instrument").put("id", instrumentId).put("version", instrumentVersion);
        doc.put("cycle", cycle);
        doc.put("threshold", threshold);
        doc.put("respondents", respondents);
        ArrayNode array = doc.putArray("figures");
        for (SharedFigure f : figures) {
            array.addObject().put("measure", f.measureId()).put("count", f.count()).put("value", f.value())
                    .put("suppressed", f.suppressed());
        }
        return doc;
    }

    /**
     * Reads a shared-figures document.
     *
     * @param json the document
     * @param source where it came from, for messages
     * @return the figures
     * @throws InvalidDocumentException listing every problem with its JSON Pointer
     */
    public static SharedFigures read(String json, String source) {
        Checks c = new Checks();
        JsonNode root = c.parse(json);
        if (root != null && !root.isObject()) {
            c.add("", "must be a JSON object");
        }
        if (!c.ok()) {
            throw new InvalidDocumentException(source, c.violations);
        }
        c.known(root, "", TOP);
        String format = c.text(root, "", "format", true);
        if (format != null && !format.equals(FORMAT)) {
            c.add("/format", "must be " + FORMAT);
        }
        String organisation = c.text(root, "", "organisation", true);
        JsonNode instrument = root.get("instrument");
        String id = null;
        String version = null;
        if (instrument == null || !instrument.isObject()) {
            c.add("/instrument", "must be an object with id and version");
        } else {
            c.known(instrument, "/instrument", INSTRUMENT);
            id = c.id(instrument, "/instrument", "id", true);
            version = c.text(instrument, "/instrument", "version", true);
        }
        JsonNode cycleNode = root.get("cycle");
        String cycle = cycleNode != null && cycleNode.isTextual() ? cycleNode.asText() : "";
        int threshold = 0;
        JsonNode t = root.get("threshold");
        if (t == null || !t.isIntegralNumber() || !t.canConvertToInt() || t.asInt() < SurveyScorer.MINIMUM_GROUP) {
            c.add("/threshold", "must be a whole number of at least " + SurveyScorer.MINIMUM_GROUP);
        } else {
            threshold = t.asInt();
        }
        Long respondents = count(c, root.get("respondents"), "/respondents", threshold);
        List<SharedFigure> figures = new ArrayList<>();
        JsonNode array = root.get("figures");
        if (array == null || !array.isArray()) {
            c.add("/figures", "must be an array");
        } else {
            for (int i = 0; i < array.size(); i++) {
                String at = Pointers.child("/figures", i);
                JsonNode f = array.get(i);
                if (!f.isObject()) {
                    c.add(at, "must be an object");
                    continue;
                }
                c.known(f, at, FIGURE);
                String measure = c.text(f, at, "measure", true);
                boolean suppressed = c.flag(f, at, "suppressed");
                Long count = count(c, f.get("count"), Pointers.child(at, "count"), threshold);
                JsonNode v = f.get("value");
                BigDecimal value = null;
                if (v != null && !v.isNull()) {
                    if (!v.isNumber()) {
                        c.add(Pointers.child(at, "value"), "must be a number or null");
                    } else {
                        value = v.decimalValue();
                    }
                }
                if (suppressed && (count != null || value != null)) {
                    c.add(at, "a suppressed figure has a null count and a null value");
                } else if (measure != null) {
                    figures.add(new SharedFigure(measure, count, value, suppressed));
                }
            }
        }
        if (!c.ok()) {
            throw new InvalidDocumentException(source, c.violations);
        }
        return new SharedFigures(organisation, id, version, cycle, threshold, respondents, figures);
    }

    // A count shared by another organisation must itself respect the smallest group.
    private static Long count(Checks c, JsonNode n, String at, int threshold) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < 0) {
            c.add(at, "must be a whole number or null");
            return null;
        }
        if (n.asLong() > 0 && n.asLong() < Math.max(threshold, SurveyScorer.MINIMUM_GROUP)) {
            c.add(at, "a count below " + Math.max(threshold, SurveyScorer.MINIMUM_GROUP)
                    + " must not be shared: it should have been suppressed");
            return null;
        }
        return n.asLong();
    }
}
