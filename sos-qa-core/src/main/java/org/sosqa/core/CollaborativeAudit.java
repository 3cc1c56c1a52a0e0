package org.sosqa.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A collaborative case audit: an auditor reviews the case with the practitioner and their manager,
 * rates it against the audit instrument's criteria with evidence, and agrees learning actions
 * (domain.md §2.3).
 *
 * @param id id, unique within the case
 * @param date when the audit took place
 * @param auditor the auditor's pseudonymous id
 * @param practitioner the practitioner's pseudonymous id
 * @param manager the manager's pseudonymous id, or null
 * @param ratings the ratings by criterion
 * @param learningActions the learning actions agreed
 */
public record CollaborativeAudit(
        @NotNull @Identifier String id,
        @NotNull LocalDate date,
        @NotNull @Identifier String auditor,
        @NotNull @Identifier String practitioner,
        @Identifier String manager,
        @NotNull @Size(max = 200) List<@NotNull @Valid CriterionRating> ratings,
        @NotNull @Size(max = 100) List<@NotNull @Valid LearningAction> learningActions) {

    public CollaborativeAudit {
        ratings = Collections2.copy(ratings);
        learningActions = Collections2.copy(learningActions);
    }
}
