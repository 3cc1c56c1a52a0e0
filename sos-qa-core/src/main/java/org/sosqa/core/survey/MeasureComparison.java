package org.sosqa.core.survey;

import java.math.BigDecimal;
import java.util.List;

/**
 * One measure across the organisations compared.
 *
 * @param measureId the measure
 * @param shown how many organisations have a value
 * @param median the median of those values (one decimal, half-up), or null when none
 * @param organisations one per organisation, in the order given
 */
public record MeasureComparison(String measureId, int shown, BigDecimal median, List<OrganisationFigure> organisations) {

    public MeasureComparison {
        organisations = List.copyOf(organisations);
    }
}
