package org.sosqa.core.survey;

import java.util.List;
import java.util.Objects;

import org.sosqa.core.Violation;

/**
 * Thrown when a survey instrument file or a shared-figures file is not valid. It carries every problem found, each with a JSON Pointer
 * into the file; like the violations, its message never repeats text from the file.
 */
public final class InvalidSurveyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;
    private final String source;

    /**
     * Creates the exception.
     *
     * @param source the file it came from, or null
     * @param violations the problems; at least one
     */
    public InvalidSurveyException(String source, List<Violation> violations) {
        super(summary(source, violations));
        this.violations = List.copyOf(violations);
        this.source = source;
    }

    /** Every problem found, in document order. */
    public List<Violation> violations() {
        return violations;
    }

    /** The file it came from, or null. */
    public String source() {
        return source;
    }

    private static String summary(String source, List<Violation> violations) {
        Objects.requireNonNull(violations, "violations");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid instrument has at least one violation");
        }
        int n = violations.size();
        return (source == null ? "" : source + ": ") + "invalid survey document: " + n
                + (n == 1 ? " problem" : " problems") + "; first " + violations.get(0);
    }
}
