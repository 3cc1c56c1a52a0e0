package org.sosqa.core.coredata;

import java.time.LocalDate;

/**
 * A children in need collection year: 1 April to 31 March, named by the year it ends in ({@code 2024} is
 * 1 April 2023 to 31 March 2024), as {@code --year} is.
 *
 * @param endingYear the calendar year of its 31 March
 */
public record CollectionYear(int endingYear) {

    /** 1 April of the year before. */
    public LocalDate start() {
        return LocalDate.of(endingYear - 1, 4, 1);
    }

    /** 31 March: also the census reference date ("at 31 March"). */
    public LocalDate end() {
        return LocalDate.of(endingYear, 3, 31);
    }

    /** Whether a date falls in the year, both ends included; false for null. */
    public boolean contains(LocalDate date) {
        // the year a date falls in, rather than two dates made per call: the indicators ask this per episode
        return date != null && (date.getMonthValue() >= 4 ? date.getYear() + 1 : date.getYear()) == endingYear;
    }

    /** The collection year a date falls in. */
    public static CollectionYear of(LocalDate date) {
        return new CollectionYear(date.getMonthValue() >= 4 ? date.getYear() + 1 : date.getYear());
    }
}
