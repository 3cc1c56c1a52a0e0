package org.sosqa.core.leadership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingTrendTest {

    private static ImplementationRating rating(String date, int rating) {
        return new ImplementationRating(LocalDate.parse(date), rating, "leadership-team", List.of("a reason"));
    }

    @Test
    void ratingsAreOrderedByDateWithTheirChanges() {
        RatingTrend t = RatingTrend.of(List.of(rating("2025-03-31", 5), rating("2024-03-31", 3), rating("2024-09-30", 4)));
        assertEquals(List.of(3, 4, 5), t.points().stream().map(RatingTrend.Point::rating).toList());
        assertEquals(Arrays.asList(null, 1, 1), t.points().stream().map(RatingTrend.Point::change).toList());
        assertEquals(3, t.first());
        assertEquals(5, t.latest());
        assertEquals(2, t.change());
        assertEquals(RatingTrend.Direction.RISING, t.direction());
    }

    @Test
    void aFallAStillnessOneAndNone() {
        RatingTrend fall = RatingTrend.of(List.of(rating("2024-01-01", 6), rating("2024-06-01", 7), rating("2025-01-01", 4)));
        assertEquals(-2, fall.change());
        assertEquals(-3, fall.points().get(2).change());
        assertEquals(RatingTrend.Direction.FALLING, fall.direction());
        RatingTrend steady = RatingTrend.of(List.of(rating("2024-01-01", 6), rating("2024-06-01", 2), rating("2025-01-01", 6)));
        assertEquals(RatingTrend.Direction.STEADY, steady.direction());
        assertEquals(0, steady.change());
        RatingTrend one = RatingTrend.of(List.of(rating("2024-01-01", 6)));
        assertEquals(RatingTrend.Direction.SINGLE, one.direction());
        assertNull(one.change());
        assertEquals(RatingTrend.Direction.NONE, RatingTrend.of(List.of()).direction());
    }

    @Test
    void theAnchorsAreZeroAndTenFromTheDomainAndAMidpointOfTheLibrarysOwn() {
        List<RatingAnchor> anchors = RatingAnchors.defaults();
        assertEquals(List.of(0, 5, 10), anchors.stream().map(RatingAnchor::score).toList());
        assertTrue(anchors.get(0).source().startsWith("domain.md §5.2"));
        assertTrue(anchors.get(1).source().startsWith("library's own"));
        assertTrue(anchors.get(2).source().startsWith("domain.md §5.2"));
        assertTrue(anchors.get(0).text().contains("fade"));
    }

    @Test
    void toStringShowsNoReasons() {
        assertTrue(!rating("2024-01-01", 6).toString().contains("a reason"));
    }
}
