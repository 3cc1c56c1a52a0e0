package org.sosqa.rules.facts;

/**
 * The safety plan of the current map.
 *
 * @param path JSON Pointer to the plan
 * @param rules how many rules it has
 * @param reviewed whether it has been reviewed at least once
 * @param daysSinceReview days from the last review (or agreement) to the map's date, or -1 where neither is recorded
 * @param nextReviewSet whether a next review date is set
 */
public record PlanFact(String path, int rules, boolean reviewed, long daysSinceReview, boolean nextReviewSet) {
}
