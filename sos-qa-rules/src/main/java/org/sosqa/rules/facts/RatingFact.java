package org.sosqa.rules.facts;

import org.sosqa.core.Role;

/**
 * One person's number on a scale of the current map.
 *
 * @param path JSON Pointer to the rating
 * @param rater the rater's role
 * @param score the number, 0-10
 * @param hasReasons whether their reasons are recorded
 */
public record RatingFact(String path, Role rater, int score, boolean hasReasons) {
}
