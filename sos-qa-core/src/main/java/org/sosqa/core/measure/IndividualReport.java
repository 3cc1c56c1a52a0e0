package org.sosqa.core.measure;

import java.util.List;

/**
 * One subject's place in a measure: the FHIR individual report.
 *
 * @param subjectId the subject's identifier
 * @param populations one entry per {@link Population}, in its order
 * @param observation for a continuous-variable measure the subject's observation, else null
 */
public record IndividualReport(String subjectId, List<PopulationMembership> populations,
        java.math.BigDecimal observation) {

    public IndividualReport {
        populations = List.copyOf(populations);
    }

    /** Whether the subject is in a population. */
    public boolean in(Population population) {
        return populations.stream().anyMatch(p -> p.population() == population && p.member());
    }
}
