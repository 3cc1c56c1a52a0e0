package org.sosqa.core.measure;

import java.util.List;

/**
 * A measure's summary split by one stratifier.
 *
 * @param stratifierId the stratifier's id
 * @param strata one report per stratum, sorted by stratum; their counts add up to the total's
 */
public record StratifierReport(String stratifierId, List<StratumReport> strata) {

    public StratifierReport {
        strata = List.copyOf(strata);
    }
}
