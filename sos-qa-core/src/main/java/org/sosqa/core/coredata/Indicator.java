package org.sosqa.core.coredata;

import java.math.BigDecimal;

/**
 * One statutory indicator's result.
 *
 * @param id its stable id ({@code rereferral-rate})
 * @param title a short title
 * @param numerator the count; for a plain count the count itself
 * @param denominator what it is out of; null for a plain count
 * @param value the count, or the percentage (rounded half-up to one decimal place) or rate per 10,000
 *     (rounded half-up to a whole number); null when the denominator is zero
 */
public record Indicator(String id, String title, long numerator, Long denominator, BigDecimal value) {
}
