package org.sosqa.core.accreditation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A peer-review panel's decision.
 *
 * @param organisation the organisation reviewed
 * @param level the level applied for
 * @param outcome award, minor revisions or major revisions
 * @param criteria the agreed score of every criterion, in criterion id order
 * @param excluded the conflicts of interest whose reviewers' scores were left out, flagged for the record
 * @param award the award conferred, when the outcome is {@link ReviewOutcome#AWARD}
 */
public record ReviewResult(String organisation, AwardLevel level, ReviewOutcome outcome,
        List<CriterionAgreement> criteria, List<ConflictOfInterest> excluded, Optional<Award> award) {

    public ReviewResult {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(outcome, "outcome");
        criteria = List.copyOf(criteria);
        excluded = List.copyOf(excluded);
        Objects.requireNonNull(award, "award");
    }
}
