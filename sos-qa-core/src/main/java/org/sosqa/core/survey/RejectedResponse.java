package org.sosqa.core.survey;

import java.util.List;
import java.util.Objects;

import org.sosqa.core.Violation;

/**
 * A response, or a whole file, that could not be scored, with every problem found.
 *
 * @param source the file, or {@code FILE:LINE} for a line of a JSON Lines file
 * @param violations the problems, each with a JSON Pointer into the document (or line); never empty
 */
public record RejectedResponse(String source, List<Violation> violations) {

    public RejectedResponse {
        Objects.requireNonNull(source, "source");
        violations = List.copyOf(violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a rejected response has at least one violation");
        }
    }
}
