package org.sosqa.core.measure;

import java.math.BigDecimal;

/**
 * One stratum's counts and value, or the whole measure's when {@code stratum} is {@code "total"}.
 *
 * @param stratum the stratum's value ({@code "team-a"}, {@code "5-9"})
 * @param counts its population counts
 * @param value the measure's value over it; null when its denominator is empty
 */
public record StratumReport(String stratum, PopulationCounts counts, BigDecimal value) {
}
