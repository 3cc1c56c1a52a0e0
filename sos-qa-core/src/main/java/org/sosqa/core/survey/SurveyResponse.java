package org.sosqa.core.survey;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One respondent's answers to one instrument. An item with no entry was not answered.
 *
 * <p>{@link #toString()} names the respondent and counts the answers only: free text may hold personal data
 * about children and must never reach a log.
 *
 * @param respondentId a pseudonymous id, unique in a batch; never a name
 * @param team the team the respondent belongs to (staff) or was worked with by (family), or {@code ""}
 * @param cycle the survey round ({@code 2026-Q1}), or {@code ""}
 * @param ratings Likert, 0-10 and yes-no answers by item id (yes is 1, no is 0), sorted by id
 * @param freeText free-text answers by item id, sorted by id; never logged
 */
public record SurveyResponse(String respondentId, String team, String cycle, Map<String, Integer> ratings,
        Map<String, String> freeText) {

    public SurveyResponse {
        Objects.requireNonNull(respondentId, "respondentId");
        team = team == null ? "" : team;
        cycle = cycle == null ? "" : cycle;
        ratings = ratings == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(ratings));
        freeText = freeText == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(freeText));
    }

    /** The rating given to an item, or null when it was not answered. */
    public Integer rating(String itemId) {
        return ratings.get(itemId);
    }

    @Override
    public String toString() {
        return "SurveyResponse[respondent " + respondentId + ", team " + team + ", cycle " + cycle + ", "
                + ratings.size() + " ratings, " + freeText.size() + " free-text answers]";
    }
}
