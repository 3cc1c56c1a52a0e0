package org.sosqa.core.accreditation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An award conferred by a peer-review panel. Awards run five years, as Athena Swan's do since 2021
 * (domain.md §4.1).
 *
 * @param organisation the organisation
 * @param level the level awarded
 * @param awarded the day the panel decided
 * @param expires the first day the award no longer holds: five years after {@code awarded}
 */
public record Award(String organisation, AwardLevel level, LocalDate awarded, LocalDate expires) {

    /** How long an award runs, in years. */
    public static final int YEARS = 5;

    public Award {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(awarded, "awarded");
        Objects.requireNonNull(expires, "expires");
        if (level == AwardLevel.NONE) {
            throw new IllegalArgumentException("NONE is not an award");
        }
        if (!expires.isAfter(awarded)) {
            throw new IllegalArgumentException("an award expires after it is made");
        }
    }

    /**
     * An award made on a day, expiring {@value #YEARS} years later.
     *
     * @param organisation the organisation
     * @param level the level
     * @param awarded the day
     * @return the award
     */
    public static Award conferred(String organisation, AwardLevel level, LocalDate awarded) {
        return new Award(organisation, level, awarded, awarded.plusYears(YEARS));
    }

    /**
     * Whether the award holds on a day: on or after the day it was made and before it expires.
     *
     * @param day the day
     * @return true while it holds
     */
    public boolean holdsOn(LocalDate day) {
        return !day.isBefore(awarded) && day.isBefore(expires);
    }
}
