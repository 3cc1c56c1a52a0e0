package org.sosqa.core.measure;

import java.time.LocalDate;

import org.sosqa.core.Assessment;
import org.sosqa.core.CaseRecord;

/**
 * One case as it stood on one day, with what nearly every case test asks worked out once rather than once
 * per test: whether the case is open on the day, and its current map. The dashboard reuses one view for
 * every measure on a day ({@link #of}), so a series of 20 days asks these 20 times per case rather than
 * 20 times per measure. Mutable and not thread-safe: each dashboard has its own.
 */
final class CaseDay {

    private CaseRecord c;
    private LocalDate day;
    private boolean mapKnown;
    private Assessment map;

    /** A view of a case on a day, for a single test. */
    CaseDay(CaseRecord c, LocalDate day) {
        of(c, day);
    }

    /** An empty view, for {@link #of} to fill. */
    CaseDay() {
    }

    /**
     * Points this view at a case on a day, forgetting what was worked out for the last one.
     *
     * @return this view
     */
    CaseDay of(CaseRecord c, LocalDate day) {
        this.c = c;
        this.day = day;
        this.mapKnown = false;
        this.map = null;
        return this;
    }

    CaseRecord c() {
        return c;
    }

    LocalDate day() {
        return day;
    }

    /** Open on the day: opened on or before it and not closed by the end of it. */
    boolean open() {
        return CaseConditions.openOn(c, day);
    }

    /** The map current on the day (the latest dated on or before it), or null; found once per view. */
    Assessment map() {
        if (!mapKnown) {
            map = CaseConditions.mapOn(c, day);
            mapKnown = true;
        }
        return map;
    }
}
