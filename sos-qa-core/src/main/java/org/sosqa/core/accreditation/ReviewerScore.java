package org.sosqa.core.accreditation;

import java.util.Objects;

/**
 * One reviewer's independent score for one criterion, given before the panel meets (domain.md §4.1):
 * 1 poor (not met), 2 narrowly missed, 3 met, 4 good.
 *
 * @param reviewerId the reviewer
 * @param criterionId the criterion ({@code bronze.action-plan})
 * @param score 1 to 4
 */
public record ReviewerScore(String reviewerId, String criterionId, int score) {

    public ReviewerScore {
        Objects.requireNonNull(reviewerId, "reviewerId");
        Objects.requireNonNull(criterionId, "criterionId");
        if (score < 1 || score > 4) {
            throw new IllegalArgumentException("a criterion is scored 1 to 4, not " + score);
        }
    }
}
