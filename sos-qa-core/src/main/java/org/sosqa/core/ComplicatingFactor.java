package org.sosqa.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Something in the family, the child, the carers or the professionals that makes the worries harder to
 * resolve, without being harm in itself (domain.md §1.3).
 *
 * @param text what it is, as written
 */
public record ComplicatingFactor(@NotBlank @Size(max = 4000) String text) {
}
