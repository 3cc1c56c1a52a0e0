package org.sosqa.core.leadership;

import java.util.Objects;

/**
 * What one point of the 0-10 implementation scale looks like.
 *
 * @param score the point on the scale
 * @param text the description
 * @param source domain.md §5.2 for the published anchors, "library's own" for ones the library added
 */
public record RatingAnchor(int score, String text, String source) {

    /** Checks the parts are present. */
    public RatingAnchor {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }
}
