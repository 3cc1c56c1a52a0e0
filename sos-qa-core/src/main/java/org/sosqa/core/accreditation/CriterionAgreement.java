package org.sosqa.core.accreditation;

import java.util.List;
import java.util.Objects;

/**
 * The panel's agreed score for one criterion, from its reviewers' independent scores.
 *
 * @param criterionId the criterion
 * @param scores the independent scores counted (conflicted reviewers left out), in the order they were given
 * @param agreed the agreed score: the median of {@code scores}, the lower of the two middle scores when
 *     their number is even, so that a split panel never rounds up
 * @param spread the highest score minus the lowest
 * @param discuss whether the reviewers differ by 2 or more, which the panel should discuss before agreeing
 */
public record CriterionAgreement(String criterionId, List<Integer> scores, int agreed, int spread, boolean discuss) {

    public CriterionAgreement {
        Objects.requireNonNull(criterionId, "criterionId");
        scores = List.copyOf(scores);
    }
}
