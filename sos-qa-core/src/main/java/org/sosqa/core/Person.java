package org.sosqa.core;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A person around the child: a caregiver, a member of the family's network or a professional.
 *
 * @param id pseudonymous id, unique within the case
 * @param kind how the person is connected to the child
 * @param relationship the relationship in plain words, for example "maternal grandmother" or "school nurse"
 */
public record Person(
        @NotNull @Identifier String id,
        @NotNull PersonKind kind,
        @Size(max = 200) String relationship) {
}
