package org.sosqa.core.measure;

import java.math.BigDecimal;

/**
 * One stratum (or the total) after suppression.
 *
 * @param stratum the stratum's value, or {@code "total"}
 * @param denominator the denominator after exclusions
 * @param numerator the numerator
 * @param value the value, or null when either count is suppressed or the denominator is empty
 * @param valueSuppressed whether the value is hidden because a count is (as opposed to not defined)
 */
public record ShownStratum(String stratum, ShownCount denominator, ShownCount numerator, BigDecimal value,
        boolean valueSuppressed) {
}
