package org.sosqa.core.measure;

import java.time.LocalDate;

import org.sosqa.core.CaseRecord;

/**
 * A case test of the catalogue that reads the case through a {@link CaseDay}, so that the dashboard can
 * share one view, and the current map found in it, across every measure on a day. Any other
 * {@link CaseCondition} still works: {@link #test(CaseCondition, CaseDay)} falls back to its own method.
 */
interface DayCondition extends CaseCondition {

    /**
     * Whether the case in the view passes on the view's day.
     *
     * @param v the case on the day
     * @return whether it passes
     */
    boolean test(CaseDay v);

    @Override
    default boolean test(CaseRecord c, LocalDate day) {
        return test(new CaseDay(c, day));
    }

    /** Runs any test on a view: through the view for the catalogue's own tests. */
    static boolean test(CaseCondition t, CaseDay v) {
        return t instanceof DayCondition d ? d.test(v) : t.test(v.c(), v.day());
    }
}
