package org.sosqa.core.measure;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The points of a time series: the last day of each month or of each calendar quarter. */
public enum Interval {
    /** Month ends: 31 January, 28 or 29 February, 31 March... */
    MONTH,
    /** Quarter ends: 31 March, 30 June, 30 September, 31 December. */
    QUARTER;

    /**
     * The period ends from {@code from} to {@code to}, both included, oldest first. A period whose end falls
     * after {@code to} has no point: the series never shows a part-period as if it were whole.
     *
     * @param from the first day
     * @param to the last day, not before {@code from}
     * @return the period ends; empty when no period ends in the range
     */
    public List<LocalDate> ends(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the series ends before it starts: " + from + " to " + to);
        }
        List<LocalDate> out = new ArrayList<>();
        LocalDate end = endOf(from);
        while (!end.isAfter(to)) {
            out.add(end);
            end = endOf(end.plusDays(1));
        }
        return out;
    }

    /** The last day of the period a day falls in. */
    public LocalDate endOf(LocalDate day) {
        if (this == MONTH) {
            return day.with(TemporalAdjusters.lastDayOfMonth());
        }
        int lastMonth = ((day.getMonthValue() - 1) / 3) * 3 + 3;
        return day.withDayOfMonth(1).withMonth(lastMonth).with(TemporalAdjusters.lastDayOfMonth());
    }
}
