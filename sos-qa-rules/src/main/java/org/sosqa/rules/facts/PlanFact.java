package org.sosqa.rules.facts;

/**
 * The safety plan of the current map.
 *
 * @param path JSON Pointer to the plan
 * @param rules how many rules it has
 * @param reviewed whether it had been reviewed at least once by the map's date
 * @param daysSinceReview days from the last review on or before the map's date (or, where there is none, the
 *     agreement) to the map's date, or -1 where neither is recorded
 * @param nextReviewSet whether a next review date is set
 */
public record PlanFact(String path, int rules, boolean reviewed, long daysSinceReview, boolean nextReviewSet) {
}
