package org.sosqa.core.coredata;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Reads an xs:date as the census writes it, telling a missing, an impossible and an unreadable date apart. */
final class DateText {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The outcome of reading: a date, or why not. */
    record Result(LocalDate date, ProblemKind problem, String message) {
    }

    private DateText() {
    }

    static Result read(String text, String element) {
        if (text == null || text.isBlank()) {
            return new Result(null, ProblemKind.MISSING_DATE, element + " is missing");
        }
        String t = text.strip();
        try {
            return new Result(LocalDate.parse(t), null, null);
        } catch (DateTimeParseException e) {
            if (SHAPE.matcher(t).matches()) {
                return new Result(null, ProblemKind.IMPOSSIBLE_DATE, element + " is not a real date: " + t);
            }
            return new Result(null, ProblemKind.UNPARSEABLE_VALUE, element + " is not a date (YYYY-MM-DD): " + t);
        }
    }
}
