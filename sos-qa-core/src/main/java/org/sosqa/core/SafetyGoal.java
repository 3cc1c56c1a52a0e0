package org.sosqa.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the agency needs to see happening to be satisfied the child is safe enough to close: the
 * family's behaviour and the child's experience once the worry is gone, and for how long (domain.md
 * §1.3, "Safety goal"). Some services label it a wellbeing goal or success goal.
 *
 * @param text the agency's goal as written
 * @param familyGoal the family's own goal in their words, or null where it was not recorded
 */
public record SafetyGoal(
        @NotBlank @Size(max = 4000) String text,
        @Size(max = 4000) String familyGoal) {
}
