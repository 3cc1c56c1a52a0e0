package org.sosqa.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking one case document: either the validated {@link CaseRecord}, or every problem
 * found. Returned by {@link SosQaJson#check(java.io.InputStream)}, which never throws for bad content.
 */
public final class ValidationResult {

    private final CaseRecord caseRecord;
    private final List<Violation> violations;

    private ValidationResult(CaseRecord caseRecord, List<Violation> violations) {
        this.caseRecord = caseRecord;
        this.violations = violations;
    }

    /**
     * A result for a valid document.
     *
     * @param caseRecord the validated record
     * @return the result
     */
    public static ValidationResult valid(CaseRecord caseRecord) {
        return new ValidationResult(Objects.requireNonNull(caseRecord, "caseRecord"), List.of());
    }

    /**
     * A result for an invalid document.
     *
     * @param violations the problems found; at least one
     * @return the result
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public static ValidationResult invalid(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid result has at least one violation");
        }
        return new ValidationResult(null, List.copyOf(violations));
    }

    /**
     * Whether the document was valid.
     *
     * @return true when there are no violations and {@link #caseRecord()} is present
     */
    public boolean valid() {
        return caseRecord != null;
    }

    /**
     * The problems found, in document order.
     *
     * @return the violations; empty when the document was valid
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * The record read, only when the document was valid: never a partial object.
     *
     * @return the record, or empty when the document was invalid
     */
    public Optional<CaseRecord> caseRecord() {
        return Optional.ofNullable(caseRecord);
    }

    /**
     * The record, or an exception listing every problem.
     *
     * @param source where the document came from, for the exception; may be null
     * @return the valid record
     * @throws InvalidDocumentException if the document was invalid
     */
    public CaseRecord orElseThrow(String source) {
        if (caseRecord == null) {
            throw new InvalidDocumentException(source, violations);
        }
        return caseRecord;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidationResult other
                && Objects.equals(caseRecord, other.caseRecord)
                && violations.equals(other.violations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseRecord, violations);
    }

    @Override
    public String toString() {
        return valid() ? "ValidationResult[valid, case " + caseRecord.id() + "]"
                : "ValidationResult[invalid, " + violations.size() + " violations]";
    }
}
