package org.sosqa.core;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a document sos-qa reads (a case, a measure definition file, a survey instrument or shared
 * survey figures), or a case record built in code, is not valid. It carries every problem found, not just
 * the first, each with a JSON Pointer to the offending value.
 *
 * <p>The exception message summarises the problems (how many, and the first one). Like the violations
 * themselves, it never contains free text from the document.
 */
public final class InvalidDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;
    private final String source;

    /**
     * Creates the exception.
     *
     * @param source where the document came from (a file name, or {@code NAME:LINE} for a line of a
     *     JSON Lines file), or null when unknown
     * @param violations the problems found; at least one
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public InvalidDocumentException(String source, List<Violation> violations) {
        super(summary(source, violations));
        this.violations = List.copyOf(violations);
        this.source = source;
    }

    /**
     * Every problem found, in document order.
     *
     * @return the violations; never empty
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Where the document came from.
     *
     * @return a file name, {@code NAME:LINE} for a line of a JSON Lines file, or null when unknown
     */
    public String source() {
        return source;
    }

    private static String summary(String source, List<Violation> violations) {
        Objects.requireNonNull(violations, "violations");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid document has at least one violation");
        }
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source).append(": ");
        }
        int n = violations.size();
        sb.append("invalid document: ").append(n).append(n == 1 ? " problem" : " problems");
        sb.append("; first ").append(violations.get(0));
        return sb.toString();
    }
}
