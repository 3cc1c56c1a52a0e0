package org.sosqa.examples.embedding;

import java.util.Objects;

/**
 * Why a vendor's case could not be audited, located in the vendor's own terms.
 *
 * @param location the table, row key and column, for example
 *     {@code cases[id=C-12].assessments[version=2].danger_statements[position=3].text}
 * @param message what is wrong, in plain English; never the case's free text
 */
public record VendorProblem(String location, String message) {

    /**
     * Checks both parts are present.
     *
     * @throws NullPointerException if either part is null
     */
    public VendorProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
