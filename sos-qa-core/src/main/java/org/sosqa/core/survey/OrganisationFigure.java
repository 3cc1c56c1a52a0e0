package org.sosqa.core.survey;

import java.math.BigDecimal;

/**
 * One organisation's figure for one measure, set against the other organisations'.
 *
 * @param organisation its name, or its anonymous label ({@code organisation 2})
 * @param value its value, or null when suppressed or not defined
 * @param suppressed whether its value is hidden because the group is too small
 * @param othersShown how many other organisations have a value for the measure
 * @param othersMedian the median of the others' values (one decimal, half-up), or null when none
 * @param othersLowest the lowest of the others' values, or null
 * @param othersHighest the highest of the others' values, or null
 */
public record OrganisationFigure(String organisation, BigDecimal value, boolean suppressed, int othersShown,
        BigDecimal othersMedian, BigDecimal othersLowest, BigDecimal othersHighest) {
}
