package org.sosqa.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A learning action agreed in a collaborative case audit.
 *
 * @param what the action
 * @param who who will take it (a role, not a name), or null
 * @param byWhen when it is due, or null
 */
public record LearningAction(
        @NotBlank @Size(max = 4000) String what,
        @Size(max = 200) String who,
        LocalDate byWhen) {
}
