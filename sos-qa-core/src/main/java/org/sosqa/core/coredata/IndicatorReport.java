package org.sosqa.core.coredata;

import java.util.List;
import java.util.Optional;

/**
 * The statutory indicators for one collection year, with the records left out of them.
 *
 * @param year the collection year
 * @param indicators the indicators, in a fixed order
 * @param problems the records left out, each with its location
 * @param leftOut the same, counted by kind of record and reason
 */
public record IndicatorReport(CollectionYear year, List<Indicator> indicators, List<DataProblem> problems,
        List<LeftOut> leftOut) {

    public IndicatorReport {
        indicators = List.copyOf(indicators);
        problems = List.copyOf(problems);
        leftOut = List.copyOf(leftOut);
    }

    /** The indicator with an id. */
    public Optional<Indicator> indicator(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
