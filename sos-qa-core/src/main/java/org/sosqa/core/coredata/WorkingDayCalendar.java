package org.sosqa.core.coredata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Working days: Monday to Friday, except bank holidays. The holidays are data: the England and Wales list
 * for 2010-2030 ships as {@code bank-holidays-england-and-wales.txt} beside this class (one {@code DATE NAME}
 * a line), and a caller adds a newly proclaimed day with {@link #withHolidays} or reads a whole list of its
 * own with {@link #parse}. Immutable and thread-safe.
 */
public final class WorkingDayCalendar {

    private static final String ENGLAND_AND_WALES = "bank-holidays-england-and-wales.txt";
    private static final WorkingDayCalendar ENGLAND = load();

    private final NavigableSet<LocalDate> holidays;
    /** The holidays that fall on a weekday, as epoch days in order: counted by binary search. */
    private final long[] weekdayHolidays;

    private WorkingDayCalendar(NavigableSet<LocalDate> holidays) {
        this.holidays = Collections.unmodifiableNavigableSet(holidays);
        this.weekdayHolidays = holidays.stream()
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
                .mapToLong(LocalDate::toEpochDay).toArray();
    }

    /** The England and Wales bank holidays, 2010-2030, as shipped. */
    public static WorkingDayCalendar englandAndWales() {
        return ENGLAND;
    }

    /** A calendar with weekends only and no holidays. */
    public static WorkingDayCalendar weekendsOnly() {
        return new WorkingDayCalendar(new TreeSet<>());
    }

    /**
     * Reads a holiday list: one {@code YYYY-MM-DD} a line, optionally followed by a space and a name; blank lines
     * and lines starting with {@code #} are ignored.
     *
     * @param reader the list
     * @param source its name, for error messages
     * @return the calendar
     * @throws IllegalArgumentException naming {@code source:line} when a line is not a date
     */
    public static WorkingDayCalendar parse(Reader reader, String source) {
        TreeSet<LocalDate> days = new TreeSet<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String date = text.split("\\s+", 2)[0];
                try {
                    days.add(LocalDate.parse(date));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(source + ":" + number + ": not a date (YYYY-MM-DD): " + date, e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
        return new WorkingDayCalendar(days);
    }

    private static WorkingDayCalendar load() {
        InputStream in = WorkingDayCalendar.class.getResourceAsStream(ENGLAND_AND_WALES);
        if (in == null) {
            throw new IllegalStateException("missing resource " + ENGLAND_AND_WALES);
        }
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8), ENGLAND_AND_WALES);
    }

    /** This calendar with more holidays (a newly proclaimed day, a local closure day). */
    public WorkingDayCalendar withHolidays(Collection<LocalDate> more) {
        TreeSet<LocalDate> days = new TreeSet<>(holidays);
        more.forEach(d -> days.add(Objects.requireNonNull(d)));
        return new WorkingDayCalendar(days);
    }

    /** The holidays, in date order. */
    public NavigableSet<LocalDate> holidays() {
        return holidays;
    }

    /** Whether a day is a working day: Monday to Friday and not a holiday. */
    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /**
     * The working days from one date to another, counting the days after {@code from} up to and including
     * {@code to}: the same day is 0, the next working day is 1 (as the DfE counts "working days from referral":
     * the day of referral is not counted). Negative when {@code to} is before {@code from}.
     */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        // Arithmetic rather than a walk over the days, so an absurd date in bad data costs no time.
        long weekdays = weekdaysUpTo(to) - weekdaysUpTo(from);
        // weekday holidays after from up to and including to (the statutory measures ask this per episode)
        long holidaysOnWeekdays = countUpTo(to.toEpochDay()) - countUpTo(from.toEpochDay());
        return weekdays - holidaysOnWeekdays;
    }

    /** Weekday holidays on or before an epoch day. */
    private int countUpTo(long epochDay) {
        int at = Arrays.binarySearch(weekdayHolidays, epochDay);
        return at >= 0 ? at + 1 : -at - 1;
    }

    /** Weekdays from Monday 1970-01-05 up to and including a day (negative before it). */
    private static long weekdaysUpTo(LocalDate day) {
        long sinceMonday = day.toEpochDay() - 4;
        return Math.floorDiv(sinceMonday, 7) * 5 + Math.min(Math.floorMod(sinceMonday, 7) + 1, 5);
    }

    /** The date that is {@code days} working days after {@code from} (the last day a deadline allows). */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate d = from;
        for (int left = days; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
