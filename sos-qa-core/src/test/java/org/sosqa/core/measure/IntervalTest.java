package org.sosqa.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Period ends worked out on a calendar. */
class IntervalTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void monthEndsIncludeLeapDayAndOnlyWholeMonths() {
        assertEquals(List.of(d("2024-01-31"), d("2024-02-29"), d("2024-03-31"), d("2024-04-30")),
                Interval.MONTH.ends(d("2024-01-15"), d("2024-04-30")));
        // 29 April is not April's end: April has no point
        assertEquals(List.of(d("2024-01-31"), d("2024-02-29"), d("2024-03-31")),
                Interval.MONTH.ends(d("2024-01-15"), d("2024-04-29")));
        assertEquals(List.of(d("2025-02-28")), Interval.MONTH.ends(d("2025-02-28"), d("2025-02-28")));
        assertEquals(List.of(d("2025-12-31"), d("2026-01-31")), Interval.MONTH.ends(d("2025-12-01"), d("2026-01-31")));
    }

    @Test
    void quarterEndsAreTheCalendarQuarters() {
        assertEquals(List.of(d("2025-03-31"), d("2025-06-30"), d("2025-09-30"), d("2025-12-31")),
                Interval.QUARTER.ends(d("2025-02-01"), d("2025-12-31")));
        assertEquals(List.of(d("2025-03-31")), Interval.QUARTER.ends(d("2025-03-31"), d("2025-03-31")));
        assertEquals(List.of(), Interval.QUARTER.ends(d("2025-04-01"), d("2025-06-29")));
        assertEquals(d("2025-12-31"), Interval.QUARTER.endOf(d("2025-11-05")));
        assertEquals(d("2025-09-30"), Interval.QUARTER.endOf(d("2025-07-01")));
        assertEquals(d("2024-03-31"), Interval.QUARTER.endOf(d("2024-01-01")));
        assertThrows(IllegalArgumentException.class, () -> Interval.QUARTER.ends(d("2025-02-01"), d("2025-01-31")));
    }
}
