package org.sosqa.core.coredata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar england = WorkingDayCalendar.englandAndWales();

    @Test
    void shipsTheOneOffHolidays() {
        for (String day : List.of("2011-04-29", "2012-06-04", "2012-06-05", "2020-05-08", "2022-06-02", "2022-06-03",
                "2022-09-19", "2023-05-08")) {
            assertFalse(england.isWorkingDay(LocalDate.parse(day)), day);
        }
        // the days those one-offs moved away from are working days
        assertTrue(england.isWorkingDay(LocalDate.parse("2020-05-04")));
        assertTrue(england.isWorkingDay(LocalDate.parse("2022-05-30")));
        assertTrue(england.isWorkingDay(LocalDate.parse("2012-05-28")));
    }

    @Test
    void everyYearFrom2010To2030HasItsEightRegularHolidaysOnWeekdays() {
        for (int year = 2010; year <= 2030; year++) {
            int y = year;
            long count = england.holidays().stream().filter(d -> d.getYear() == y).count();
            assertTrue(count >= 8, year + " has " + count);
            england.holidays().stream().filter(d -> d.getYear() == y).forEach(d -> {
                assertTrue(d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY, d.toString());
            });
        }
        // Christmas 2021 fell on a Saturday: the substitute days are Monday 27 and Tuesday 28
        assertFalse(england.isWorkingDay(LocalDate.parse("2021-12-27")));
        assertFalse(england.isWorkingDay(LocalDate.parse("2021-12-28")));
        assertTrue(england.isWorkingDay(LocalDate.parse("2021-12-29")));
    }

    /**
     * Referral Thursday 2024-03-28, just before Easter. Not counted: Good Friday 29 March, Easter Monday
     * 1 April, early May 6 May, spring 27 May. Tue 2 Apr = 1; Apr 2-5 = 1-4; then five a week: 12 Apr = 9,
     * 19 = 14, 26 = 19, 3 May = 24; 7-10 May = 25-28 (6th off); 17 = 33; 24 = 38; 28-31 May = 39-42 (27th off);
     * Mon 3 Jun = 43, Tue 4 = 44, Wed 5 Jun = 45. Without the four holidays the 45th day is Thu 30 May.
     */
    @Test
    void fortyFifthWorkingDayAcrossEaster() {
        LocalDate referral = LocalDate.parse("2024-03-28");
        assertEquals(LocalDate.parse("2024-06-05"), england.plusWorkingDays(referral, 45));
        assertEquals(45, england.workingDaysBetween(referral, LocalDate.parse("2024-06-05")));
        assertEquals(46, england.workingDaysBetween(referral, LocalDate.parse("2024-06-06")));
        assertEquals(LocalDate.parse("2024-05-30"), WorkingDayCalendar.weekendsOnly().plusWorkingDays(referral, 45));
    }

    /** Friday 2023-12-22: 25, 26 Dec and 1 Jan are holidays; 27, 28, 29 Dec are 1-3, Tue 2 Jan is 4. */
    @Test
    void acrossChristmas() {
        assertEquals(4, england.workingDaysBetween(LocalDate.parse("2023-12-22"), LocalDate.parse("2024-01-02")));
        assertEquals(0, england.workingDaysBetween(LocalDate.parse("2023-12-22"), LocalDate.parse("2023-12-22")));
        assertEquals(0, england.workingDaysBetween(LocalDate.parse("2023-12-22"), LocalDate.parse("2023-12-26")));
        assertEquals(-4, england.workingDaysBetween(LocalDate.parse("2024-01-02"), LocalDate.parse("2023-12-22")));
    }

    @Test
    void callerExtendsTheCalendar() {
        LocalDate closure = LocalDate.parse("2030-06-12");
        assertTrue(england.isWorkingDay(closure));
        WorkingDayCalendar local = england.withHolidays(List.of(closure));
        assertFalse(local.isWorkingDay(closure));
        assertTrue(england.isWorkingDay(closure), "the shipped calendar is unchanged");

        WorkingDayCalendar own = WorkingDayCalendar.parse(new StringReader("# ours\n\n2031-01-01 New Year\n"), "ours.txt");
        assertFalse(own.isWorkingDay(LocalDate.parse("2031-01-01")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkingDayCalendar.parse(new StringReader("2031-01-01\n2031-02-30 x\n"), "ours.txt"));
        assertTrue(e.getMessage().startsWith("ours.txt:2:"), e.getMessage());
    }

    /** Seeded: the arithmetic count equals walking day by day, and plusWorkingDays inverts it. */
    @Test
    void countMatchesAWalkOverTheDays() {
        java.util.Random random = new java.util.Random(45L);
        WorkingDayCalendar withWeekendHoliday = england.withHolidays(List.of(LocalDate.parse("2024-06-08")));
        for (int run = 0; run < 2000; run++) {
            LocalDate from = LocalDate.parse("2009-06-01").plusDays(random.nextInt(8000));
            LocalDate to = from.plusDays(random.nextInt(400) - 30);
            long walked = 0;
            for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                walked += withWeekendHoliday.isWorkingDay(d) ? 1 : 0;
            }
            if (to.isBefore(from)) {
                walked = -withWeekendHoliday.workingDaysBetween(to, from);
            }
            assertEquals(walked, withWeekendHoliday.workingDaysBetween(from, to), from + " to " + to);
            int n = random.nextInt(60);
            assertEquals(n, england.workingDaysBetween(from, england.plusWorkingDays(from, n)), from + " + " + n);
        }
        // far-apart dates from bad data are counted at once
        assertEquals(0, england.workingDaysBetween(LocalDate.parse("2024-06-08"), LocalDate.parse("2024-06-09")));
        assertTrue(england.workingDaysBetween(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)) > 2_000_000);
    }
}
