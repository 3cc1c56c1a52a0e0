package org.sosqa.examples.report;

import java.util.List;
import java.util.Objects;

/**
 * How to draw a chart from a table: which column names the categories and which columns are the series.
 * The chart never has figures of its own; the table beside it holds them.
 *
 * @param kind the kind of chart
 * @param category the key of the column naming each row (a team, a year, a quarter)
 * @param series the keys of the numeric columns drawn, one series each
 * @param max the top of the value axis (100 for percentages, 10 for scores)
 * @param unit what the values are, for the chart's description ("%", "score out of 10")
 */
public record Chart(Kind kind, String category, List<String> series, double max, String unit) {

    /** The kinds of chart the report draws. */
    public enum Kind {
        /** Horizontal bars, one group per row, one bar per series. */
        BARS,
        /** One horizontal bar per row, divided by the series, which add up to the row's whole. */
        STACKED,
        /** Lines over the rows in order (time), one line per series. */
        LINES
    }

    /** Copies the series. */
    public Chart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(category, "category");
        series = List.copyOf(series);
    }
}
