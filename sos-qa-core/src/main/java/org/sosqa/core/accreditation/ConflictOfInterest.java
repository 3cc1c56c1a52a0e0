package org.sosqa.core.accreditation;

import java.util.Objects;

/**
 * A reviewer's declared conflict of interest with the organisation under review (domain.md §4.1:
 * conflicts of interest managed). A conflicted reviewer's scores are recorded but not counted.
 *
 * @param reviewerId the reviewer
 * @param reason what the conflict is ({@code worked there until 2024})
 */
public record ConflictOfInterest(String reviewerId, String reason) {

    public ConflictOfInterest {
        Objects.requireNonNull(reviewerId, "reviewerId");
        Objects.requireNonNull(reason, "reason");
    }
}
