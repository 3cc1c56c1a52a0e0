package org.sosqa.core;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One person's number on a safety scale, asked independently, with their reasons.
 *
 * @param rater the role of the person who gave the number
 * @param personId the person, where they are one of the case's people; otherwise null
 * @param score the number, 0 to 10
 * @param reasons why they chose it, or null where not recorded
 */
public record ScaleRating(
        @NotNull Role rater,
        @Identifier String personId,
        @Min(0) @Max(10) int score,
        @Size(max = 4000) String reasons) {
}
