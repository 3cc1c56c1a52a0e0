package org.sosqa.rules;

import java.util.List;

/**
 * The score of one domain of practice on one case.
 *
 * @param id the domain's id in the instrument
 * @param score 0-10, the weighted mean of the applicable criterion ratings, or null where none applied
 * @param criteria the criteria of the domain, in the instrument's order
 */
public record DomainScore(String id, Double score, List<CriterionResult> criteria) {
    public DomainScore {
        criteria = List.copyOf(criteria);
    }
}
