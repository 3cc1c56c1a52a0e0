package org.sosqa.rules.internal.statement;

import java.util.Objects;

/**
 * A professional label or acronym found in a statement.
 *
 * @param term the words as they appear in the text, lower-cased (for example {@code "domestic-violence"})
 * @param span where they appear
 */
public record JargonHit(String term, Span span) {

    public JargonHit {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(span, "span");
    }
}
