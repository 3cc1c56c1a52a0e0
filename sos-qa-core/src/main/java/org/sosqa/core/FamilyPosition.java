package org.sosqa.core;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The family's position on the worries, including disagreement, recorded rather than hidden.
 *
 * @param agreement how far the family agrees with the professionals' worries
 * @param inTheirWords the family's view in their own words, or null
 */
public record FamilyPosition(
        @NotNull Agreement agreement,
        @Size(max = 4000) String inTheirWords) {
}
