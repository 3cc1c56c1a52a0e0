package org.sosqa.core.measure;

import java.time.LocalDate;

import org.sosqa.core.CaseRecord;

/**
 * A population criterion of a measure definition: a named test from the catalogue in
 * {@code docs/measures.md} (a current map, danger statements each with a goal, a family network meeting
 * held...), with its parameters, or {@code all}, {@code any} or {@code not} of others. It is data, read from
 * a definition file by {@link MeasureDefinitions}; nothing in a definition is executed as code.
 */
public interface CaseCondition {

    /**
     * Whether a case passes on a day.
     *
     * @param day the day the case is looked at: its current map is the latest dated on or before it
     * @param c the case
     * @return whether it passes
     */
    boolean test(CaseRecord c, LocalDate day);

    /**
     * The test in plain words, for an individual report ({@code "has a map no more than 90 days old"}).
     *
     * @return the description
     */
    String describe();
}
