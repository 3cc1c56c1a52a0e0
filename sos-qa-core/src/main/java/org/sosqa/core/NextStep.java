package org.sosqa.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A small, concrete action that moves things from now towards the safety goals (domain.md §1.3).
 *
 * @param what the action
 * @param who who will do it (a role or a person's relationship, not a name), or null where not recorded
 * @param byWhen when it is due, or null where not recorded
 */
public record NextStep(
        @NotBlank @Size(max = 4000) String what,
        @Size(max = 200) String who,
        LocalDate byWhen) {
}
