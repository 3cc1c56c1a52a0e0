package org.sosqa.core;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An auditor's rating of one criterion of the audit instrument, with the evidence for it.
 *
 * @param criterion the criterion's id in the audit instrument, for example {@code danger.family-language}
 * @param rating the rating on the instrument's scale (the default instrument rates 0 to 3)
 * @param evidence what in the record supports the rating, or null
 */
public record CriterionRating(
        @NotBlank @Size(max = 100) String criterion,
        @Min(0) @Max(10) int rating,
        @Size(max = 4000) String evidence) {
}
