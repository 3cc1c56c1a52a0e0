package org.sosqa.core.accreditation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sosqa.core.coredata.Indicator;
import org.sosqa.core.coredata.IndicatorReport;
import org.sosqa.core.measure.ImprovementNotation;
import org.sosqa.core.measure.Measure;
import org.sosqa.core.measure.MeasureReport;
import org.sosqa.core.measure.SummaryReport;

/**
 * Turns the other streams' results into {@link Evidence} for one cycle, so that a self-assessment gathers
 * its evidence from what the organisation already computes. Breadth measures, survey scales (surveys are
 * scored as measures) and core data all arrive as measures; depth audits are summarised by
 * {@code AuditEvidence} in sos-qa-rules, where the audit report lives.
 */
public final class EvidenceFrom {

    /**
     * Whether lower or higher is better for each statutory indicator of
     * {@link org.sosqa.core.coredata.StatutoryIndicators} that has a direction (domain.md §3): fewer repeat
     * referrals and repeat plans, more assessments and conferences on time. Counts of activity
     * ({@code referrals}, {@code cpp-starts}) have no better direction and are left out.
     */
    public static final Map<String, ImprovementNotation> INDICATOR_DIRECTIONS = Map.of(
            "rereferral-rate", ImprovementNotation.DECREASE,
            "assessments-within-45wd-rate", ImprovementNotation.INCREASE,
            "icpc-within-15wd-rate", ImprovementNotation.INCREASE,
            "cpp-subsequent-rate", ImprovementNotation.DECREASE,
            "cpp-subsequent-2y-rate", ImprovementNotation.DECREASE,
            "cpp-open-2y-plus-rate", ImprovementNotation.DECREASE);

    private EvidenceFrom() {
    }

    /**
     * Evidence from one measure's summary: its total value, counted over its denominator after exclusions.
     *
     * @param stream the stream ({@link EvidenceStream#BREADTH}, a survey, ...)
     * @param cycle the cycle
     * @param measure the measure, for its id, title and improvement notation
     * @param summary its summary report
     * @return the evidence
     */
    public static Evidence summary(EvidenceStream stream, int cycle, Measure<?> measure, SummaryReport summary) {
        Objects.requireNonNull(measure, "measure");
        return summary(stream, cycle, measure.title(), measure.improvement(), summary);
    }

    /**
     * Evidence from a summary report, when the measure itself is not at hand.
     *
     * @param stream the stream
     * @param cycle the cycle
     * @param title the measure's title
     * @param improvement whether higher or lower is better
     * @param summary the summary report
     * @return the evidence
     */
    public static Evidence summary(EvidenceStream stream, int cycle, String title, ImprovementNotation improvement,
            SummaryReport summary) {
        Objects.requireNonNull(summary, "summary");
        return Evidence.measure(stream, summary.measureId(), title, cycle, summary.total().value(), improvement,
                summary.total().counts().effectiveDenominator());
    }

    /**
     * Evidence from full measure reports, one per measure, matched to their measures by id.
     *
     * @param stream the stream
     * @param cycle the cycle
     * @param measures the measures evaluated
     * @param reports their reports
     * @return one piece of evidence per report, in the reports' order
     * @throws IllegalArgumentException when a report's measure is not among {@code measures}
     */
    public static List<Evidence> reports(EvidenceStream stream, int cycle, List<? extends Measure<?>> measures,
            List<MeasureReport> reports) {
        List<Evidence> out = new ArrayList<>();
        for (MeasureReport report : reports) {
            Measure<?> measure = measures.stream().filter(m -> m.id().equals(report.measureId())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no measure with id " + report.measureId()));
            out.add(summary(stream, cycle, measure, report.summary()));
        }
        return out;
    }

    /**
     * Core data evidence from the statutory indicators of one collection year, for the indicators with a
     * better direction ({@link #INDICATOR_DIRECTIONS}).
     *
     * @param cycle the cycle
     * @param report the indicators
     * @return one piece of evidence per indicator with a direction, in the report's order
     */
    public static List<Evidence> indicators(int cycle, IndicatorReport report) {
        return indicators(cycle, report, INDICATOR_DIRECTIONS);
    }

    /**
     * Core data evidence from the statutory indicators of one collection year.
     *
     * @param cycle the cycle
     * @param report the indicators
     * @param directions whether lower or higher is better, by indicator id; indicators not named are left out
     * @return one piece of evidence per named indicator, in the report's order
     */
    public static List<Evidence> indicators(int cycle, IndicatorReport report, Map<String, ImprovementNotation> directions) {
        List<Evidence> out = new ArrayList<>();
        for (Indicator i : report.indicators()) {
            ImprovementNotation direction = directions.get(i.id());
            if (direction != null) {
                long count = i.denominator() != null ? i.denominator() : i.numerator();
                out.add(Evidence.measure(EvidenceStream.CORE_DATA, i.id(), i.title(), cycle, i.value(), direction, count));
            }
        }
        return out;
    }
}
