package org.sosqa.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sosqa.core.accreditation.Evidence;
import org.sosqa.core.accreditation.EvidenceStream;
import org.sosqa.core.measure.ImprovementNotation;

/**
 * Depth evidence for a self-assessment from one cycle's case audits: the mean overall score, the
 * percentage of cases graded good or better, the percentage graded inadequate, and the mean score of every
 * domain. Values are rounded half-up to one decimal place; each counts the audits behind it.
 *
 * <pre>
 * builder.evidence(AuditEvidence.from(cycle, reports));
 * </pre>
 */
public final class AuditEvidence {

    /** The mean overall score, 0-10. */
    public static final String MEAN_SCORE = "depth.mean-score";
    /** The percentage of cases graded good or outstanding. */
    public static final String GOOD_OR_BETTER = "depth.good-or-better-rate";
    /** The percentage of cases graded inadequate. */
    public static final String INADEQUATE = "depth.inadequate-rate";

    private AuditEvidence() {
    }

    /**
     * The depth evidence of one cycle.
     *
     * @param cycle the cycle
     * @param reports the cycle's audit reports
     * @return the evidence; with no reports, the three overall measures without values and a count of 0
     */
    public static List<Evidence> from(int cycle, Collection<AuditReport> reports) {
        List<Evidence> out = new ArrayList<>();
        long n = reports.size();
        double total = 0;
        long good = 0;
        long inadequate = 0;
        Map<String, double[]> domains = new LinkedHashMap<>(); // sum, count, in the instrument's order
        for (AuditReport r : reports) {
            total += r.score();
            if (r.grade() == Grade.OUTSTANDING || r.grade() == Grade.GOOD) {
                good++;
            }
            if (r.grade() == Grade.INADEQUATE) {
                inadequate++;
            }
            for (DomainScore d : r.domains()) {
                if (d.score() != null) {
                    double[] sum = domains.computeIfAbsent(d.id(), k -> new double[2]);
                    sum[0] += d.score();
                    sum[1]++;
                }
            }
        }
        out.add(Evidence.measure(EvidenceStream.DEPTH, MEAN_SCORE, "Mean audit score (0-10)", cycle,
                n == 0 ? null : round(total / n), ImprovementNotation.INCREASE, n));
        out.add(Evidence.measure(EvidenceStream.DEPTH, GOOD_OR_BETTER, "Cases audited good or outstanding, %", cycle,
                n == 0 ? null : round(100.0 * good / n), ImprovementNotation.INCREASE, n));
        out.add(Evidence.measure(EvidenceStream.DEPTH, INADEQUATE, "Cases audited inadequate, %", cycle,
                n == 0 ? null : round(100.0 * inadequate / n), ImprovementNotation.DECREASE, n));
        domains.forEach((id, sum) -> out.add(Evidence.measure(EvidenceStream.DEPTH, "depth.domain." + id,
                "Mean domain score: " + id + " (0-10)", cycle, round(sum[0] / sum[1]), ImprovementNotation.INCREASE, (long) sum[1])));
        return out;
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
