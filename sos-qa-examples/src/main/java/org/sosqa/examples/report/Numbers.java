package org.sosqa.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding as the report shows figures: one decimal place, half up, as the DfE publishes. */
final class Numbers {

    private Numbers() {
    }

    /** A percentage of a whole, one decimal place; null when the whole is zero. */
    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** A value to one decimal place; null stays null. */
    static BigDecimal oneDecimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    /** A value to one decimal place; null stays null. */
    static BigDecimal oneDecimal(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }

    /** A table row; cells may be null ("no value"), which {@code List.of} refuses. */
    static java.util.List<Object> row(Object... cells) {
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(cells));
    }

    /** A mean, one decimal place; null when there is nothing to average. */
    static BigDecimal mean(double sum, long n) {
        return n == 0 ? null : oneDecimal(sum / n);
    }
}
