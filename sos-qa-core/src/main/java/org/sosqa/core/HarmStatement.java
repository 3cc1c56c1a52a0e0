package org.sosqa.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What has actually happened to the child because of a caregiver's action or inaction, and its effect
 * on the child (domain.md §1.3, "Harm statement"). Column one, the past.
 *
 * @param id id, unique within the assessment version
 * @param text the statement as written
 */
public record HarmStatement(
        @NotNull @Identifier String id,
        @NotBlank @Size(max = 4000) String text) {
}
