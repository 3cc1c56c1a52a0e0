package org.sosqa.rules.internal.statement;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a feature or signal was found in a statement, and the text that showed it.
 *
 * @param present whether it was found
 * @param span the evidence; present exactly when {@code present} is true
 */
public record Signal(boolean present, Optional<Span> span) {

    /** Not found. */
    public static final Signal ABSENT = new Signal(false, Optional.empty());

    public Signal {
        Objects.requireNonNull(span, "span");
        if (present != span.isPresent()) {
            throw new IllegalArgumentException("a signal has a span exactly when it is present");
        }
    }

    /** Found, shown by the given span. */
    public static Signal at(Span span) {
        return new Signal(true, Optional.of(span));
    }

    /** Found when {@code span} is not null. */
    static Signal ofNullable(Span span) {
        return span == null ? ABSENT : at(span);
    }
}
