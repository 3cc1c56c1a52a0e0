package org.sosqa.core.measure;

import java.util.List;
import java.util.Map;

/**
 * The three FHIR report levels of one evaluation.
 *
 * @param measureId the measure
 * @param individuals one per subject, in the order given
 * @param subjectLists the identifiers in each population, in the order given; every population present
 * @param summary counts, value and strata
 */
public record MeasureReport(String measureId, List<IndividualReport> individuals,
        Map<Population, List<String>> subjectLists, SummaryReport summary) {

    public MeasureReport {
        individuals = List.copyOf(individuals);
        java.util.EnumMap<Population, List<String>> ordered = new java.util.EnumMap<>(Population.class);
        subjectLists.forEach((p, ids) -> ordered.put(p, List.copyOf(ids)));
        subjectLists = java.util.Collections.unmodifiableMap(ordered); // in population order, for stable output
    }

    /** The identifiers in one population. */
    public List<String> subjects(Population population) {
        return subjectLists.get(population);
    }
}
