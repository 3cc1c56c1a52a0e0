package org.sosqa.core.inquiry;

import java.util.Objects;
import org.sosqa.core.measure.SuppressedSummary;

/**
 * How often one practice lay behind work people were proud of, overall, by team and by quarter, after
 * small-number suppression.
 *
 * <p>The summary reads as a measure: its denominator is the number of proud inquiries (scale at or above
 * the report's {@code proudFrom}), its numerator the number of those tagged with this practice, and its
 * value the numerator as a percentage of the denominator. Its stratifiers are {@code team} and
 * {@code quarter} ({@code 2025-Q3}, calendar quarters).
 *
 * @param tag the practice
 * @param summary the counts, suppressed with {@link org.sosqa.core.measure.Suppression}
 */
public record TagTheme(PracticeTag tag, SuppressedSummary summary) {

    /** Checks both parts are present. */
    public TagTheme {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(summary, "summary");
    }
}
