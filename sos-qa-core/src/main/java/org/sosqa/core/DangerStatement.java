package org.sosqa.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the professionals, and family members who share the worry, think could happen to the child if
 * nothing changes (domain.md §1.3, "Danger statement"). Some services label it a worry statement.
 * Always paired with exactly one safety goal, and scaled.
 *
 * @param id id, unique within the assessment version
 * @param text the statement as written
 * @param safetyGoal its one safety goal
 * @param scale the safety scale for this danger and goal, or null where none was done
 * @param familyAgreement whether the family agrees with this worry, or null where not recorded
 */
public record DangerStatement(
        @NotNull @Identifier String id,
        @NotBlank @Size(max = 4000) String text,
        @NotNull @Valid SafetyGoal safetyGoal,
        @Valid SafetyScale scale,
        Agreement familyAgreement) {
}
