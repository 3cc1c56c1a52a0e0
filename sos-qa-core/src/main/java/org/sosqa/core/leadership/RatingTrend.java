package org.sosqa.core.leadership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The organisation's implementation self-ratings over time (domain.md §5.2), oldest first, with the
 * change at each step and overall.
 *
 * @param points every rating, by date (ties by {@code ratedBy}), with its change since the one before
 * @param first the oldest rating, or null when there are none
 * @param latest the newest rating, or null when there are none
 * @param change latest minus first, or null with fewer than two ratings
 * @param direction which way the ratings moved from first to latest
 * @param anchors what the scale's points look like
 */
public record RatingTrend(List<Point> points, Integer first, Integer latest, Integer change, Direction direction,
        List<RatingAnchor> anchors) {

    /** Copies the lists. */
    public RatingTrend {
        points = List.copyOf(points);
        Objects.requireNonNull(direction, "direction");
        anchors = List.copyOf(anchors);
    }

    /** Which way the ratings moved. */
    public enum Direction {
        /** The latest is above the first. */
        RISING,
        /** The latest is below the first. */
        FALLING,
        /** The latest equals the first. */
        STEADY,
        /** Only one rating: no movement to speak of. */
        SINGLE,
        /** No ratings. */
        NONE
    }

    /**
     * One rating on the way.
     *
     * @param date when it was agreed
     * @param rating the rating, 0-10
     * @param ratedBy who agreed it
     * @param change the rating minus the one before, or null for the first
     */
    public record Point(LocalDate date, int rating, String ratedBy, Integer change) {

        /** Checks the parts are present. */
        public Point {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(ratedBy, "ratedBy");
        }
    }

    /**
     * The trend of some ratings, with the library's anchors.
     *
     * @param ratings the ratings, in any order
     * @return the trend
     */
    public static RatingTrend of(Collection<ImplementationRating> ratings) {
        List<ImplementationRating> sorted = new ArrayList<>(ratings);
        sorted.sort(Comparator.comparing(ImplementationRating::date).thenComparing(ImplementationRating::ratedBy)
                .thenComparingInt(ImplementationRating::rating));
        List<Point> points = new ArrayList<>();
        Integer previous = null;
        for (ImplementationRating r : sorted) {
            points.add(new Point(r.date(), r.rating(), r.ratedBy(), previous == null ? null : r.rating() - previous));
            previous = r.rating();
        }
        if (points.isEmpty()) {
            return new RatingTrend(points, null, null, null, Direction.NONE, RatingAnchors.defaults());
        }
        int first = points.get(0).rating();
        int latest = points.get(points.size() - 1).rating();
        if (points.size() == 1) {
            return new RatingTrend(points, first, latest, null, Direction.SINGLE, RatingAnchors.defaults());
        }
        int change = latest - first;
        Direction d = change > 0 ? Direction.RISING : change < 0 ? Direction.FALLING : Direction.STEADY;
        return new RatingTrend(points, first, latest, change, d, RatingAnchors.defaults());
    }
}
