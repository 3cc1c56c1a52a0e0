package org.sosqa.core.leadership;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The organisation's own 0-10 rating of how far Signs of Safety is implemented, against the anchors of
 * domain.md §5.2 (EIP leaders' self-rating), with the reasons given.
 *
 * @param date when the rating was agreed
 * @param rating 0 (training happened, staff expect it to fade) to 10 (fully embedded); see {@link RatingAnchors}
 * @param ratedBy who agreed it: a role or group id ({@code leadership-team})
 * @param reasons why this number; free text, never logged
 */
public record ImplementationRating(LocalDate date, int rating, String ratedBy, List<String> reasons) {

    /**
     * Checks the parts and copies the reasons.
     *
     * @throws IllegalArgumentException if the rating is outside 0-10
     */
    public ImplementationRating {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(ratedBy, "ratedBy");
        reasons = List.copyOf(reasons);
        if (rating < 0 || rating > 10) {
            throw new IllegalArgumentException("rating must be from 0 to 10, not " + rating);
        }
    }

    /** The date and number only: reasons are free text. */
    @Override
    public String toString() {
        return "ImplementationRating[" + date + ", " + rating + ", " + ratedBy + ", " + reasons.size() + " reasons]";
    }
}
