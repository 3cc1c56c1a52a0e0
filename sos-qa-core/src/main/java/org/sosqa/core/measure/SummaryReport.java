package org.sosqa.core.measure;

import java.util.List;

/**
 * A measure's summary report: counts and value overall and per stratum. Not yet suppressed: pass it through
 * {@link Suppression#apply} before showing it outside the team that owns the cases.
 *
 * @param measureId the measure
 * @param total counts and value over every subject
 * @param stratifiers one per stratifier of the measure, in its order
 */
public record SummaryReport(String measureId, StratumReport total, List<StratifierReport> stratifiers) {

    public SummaryReport {
        stratifiers = List.copyOf(stratifiers);
    }
}
