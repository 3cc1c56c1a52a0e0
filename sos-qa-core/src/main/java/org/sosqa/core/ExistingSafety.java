package org.sosqa.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What someone around the child actually did to keep the child safe when the danger was present
 * (domain.md §1.3, "Existing safety").
 *
 * @param text what they did, as written
 * @param dangerStatementId the danger statement it answered, in the same assessment version; null where
 *     the worker did not link it (a practice gap the audit reports, not a document error)
 */
public record ExistingSafety(
        @NotBlank @Size(max = 4000) String text,
        @Identifier String dangerStatementId) {
}
