package org.sosqa.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A 0-10 safety scale: what 10 and 0 mean, and each person's number on the same line (domain.md §1.3,
 * "Safety scale / safety judgement").
 *
 * @param tenMeans what 10 means on this scale (stated first, as practice guidance asks), or null
 * @param zeroMeans what 0 means, or null
 * @param ratings each rater's number; never null
 */
public record SafetyScale(
        @Size(max = 1000) String tenMeans,
        @Size(max = 1000) String zeroMeans,
        @NotNull @Size(max = 50) List<@NotNull @Valid ScaleRating> ratings) {

    public SafetyScale {
        ratings = Collections2.copy(ratings);
    }

    /** Whether both ends of the scale are defined. */
    public boolean anchorsDefined() {
        return tenMeans != null && !tenMeans.isBlank() && zeroMeans != null && !zeroMeans.isBlank();
    }
}
