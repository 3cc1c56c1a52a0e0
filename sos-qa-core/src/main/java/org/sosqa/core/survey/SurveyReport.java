package org.sosqa.core.survey;

import java.util.List;
import java.util.Objects;

import org.sosqa.core.measure.SuppressedSummary;

/**
 * The scores of one instrument over a set of responses, suppressed so that no group of fewer than
 * {@link #threshold()} respondents is shown, nor recoverable by subtraction.
 *
 * @param instrumentId the instrument's id
 * @param instrumentVersion its version
 * @param threshold the smallest group shown; at least 5
 * @param stratifiers the ids of the stratifiers each result is split by, in order
 * @param respondents the respondents measure: its denominator is the number of respondents
 * @param results every other measure, in instrument order
 * @param freeText one per free-text item, in instrument order
 */
public record SurveyReport(String instrumentId, String instrumentVersion, int threshold, List<String> stratifiers,
        SuppressedSummary respondents, List<SurveyResult> results, List<FreeTextCount> freeText) {

    public SurveyReport {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(instrumentVersion, "instrumentVersion");
        Objects.requireNonNull(respondents, "respondents");
        stratifiers = List.copyOf(stratifiers);
        results = List.copyOf(results);
        freeText = List.copyOf(freeText);
    }
}
