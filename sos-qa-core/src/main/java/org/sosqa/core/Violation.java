package org.sosqa.core;

import java.util.Objects;

/**
 * One problem found in a case document or in a {@link CaseRecord} built in code.
 *
 * <p>The message is plain English for the IT team of a case-management system. It names the offending
 * property and, where useful, an identifier, an enum spelling or a number; it never repeats free text
 * written about the case, because statements may hold personal data about children.
 *
 * @param path a JSON Pointer (RFC 6901) to the offending value in the document, {@code ""} for the whole
 *     document; for a missing property, the pointer the property would have
 * @param message what is wrong, in plain English
 */
public record Violation(String path, String message) {

    /**
     * Checks both parts are present.
     *
     * @throws NullPointerException if either part is null
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** The violation as {@code path: message}, with {@code (document)} for the empty pointer. */
    @Override
    public String toString() {
        return (path.isEmpty() ? "(document)" : path) + ": " + message;
    }
}
