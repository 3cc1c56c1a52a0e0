package org.sosqa.core.survey;

import java.util.Objects;

import org.sosqa.core.measure.Scoring;
import org.sosqa.core.measure.SuppressedSummary;

/**
 * One survey measure as it may be shown.
 *
 * @param measureId the measure's id ({@code scale.teamwork-climate.agreeing})
 * @param title its title
 * @param scoring {@link Scoring#PROPORTION} for a percentage, {@link Scoring#CONTINUOUS_VARIABLE} for a mean
 * @param summary the suppressed summary: for a proportion the denominator is those who answered and the
 *     numerator those agreeing (or answering yes); for a mean the denominator is those with a score
 */
public record SurveyResult(String measureId, String title, Scoring scoring, SuppressedSummary summary) {

    public SurveyResult {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(summary, "summary");
    }
}
