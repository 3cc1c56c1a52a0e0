package org.sosqa.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A positive resource in or around the family that is not itself protection against a danger
 * (domain.md §1.3; Signs of Safety draws a hard line between strengths and safety).
 *
 * @param text what it is, as written
 */
public record ExistingStrength(@NotBlank @Size(max = 4000) String text) {
}
