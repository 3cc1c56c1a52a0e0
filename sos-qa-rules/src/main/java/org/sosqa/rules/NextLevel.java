package org.sosqa.rules;

import java.util.List;
import java.util.Objects;
import org.sosqa.core.accreditation.AwardLevel;

/**
 * The level above the one reached, and exactly what is missing for it: every unmet criterion of that level
 * and of the levels below it, each as {@code criterion: what is missing}. At {@link AwardLevel#GOLD} the
 * level is GOLD again and nothing is missing.
 *
 * @param level the next level
 * @param missing what is missing, in criterion order
 */
public record NextLevel(AwardLevel level, List<String> missing) {

    public NextLevel {
        Objects.requireNonNull(level, "level");
        missing = List.copyOf(missing);
    }
}
