package org.sosqa.core.measure;

import java.time.LocalDate;
import java.util.List;

/**
 * The breadth dashboard as it may be shown: for each day, each measure's suppressed summary, its total the
 * organisation and its strata the roll-up levels.
 *
 * @param levels the roll-up levels (stratifier ids), widest first
 * @param threshold the suppression threshold
 * @param cases how many cases were read, open or not
 * @param points one per day, oldest first
 */
public record DashboardReport(List<String> levels, int threshold, long cases, List<Point> points) {

    public DashboardReport {
        levels = List.copyOf(levels);
        points = List.copyOf(points);
    }

    /**
     * The dashboard on one day.
     *
     * @param day the day the cases are read as at
     * @param measures one per measure, in definition order
     */
    public record Point(LocalDate day, List<SuppressedSummary> measures) {

        public Point {
            measures = List.copyOf(measures);
        }
    }
}
