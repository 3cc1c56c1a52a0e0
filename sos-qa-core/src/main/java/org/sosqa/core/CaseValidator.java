package org.sosqa.core;

import java.util.List;
import java.util.Objects;
import org.sosqa.core.internal.RecordValidation;

/**
 * Validates a {@link CaseRecord} built in code: the constraints declared on the model (required values,
 * identifier syntax, sizes, ranges) and the rules that need the whole record: identifiers unique in
 * their scope, references that resolve (people, children, danger statements), assessment versions and
 * dates in order, a case not closed before it opened, every child with a year of birth or an age, and
 * safety-plan reviews in date order.
 *
 * <p>Each violation's path is the JSON Pointer the offending value would have in the record's JSON
 * document, so problems read the same whether a record came from JSON or from code. Thread-safe.
 */
public final class CaseValidator {

    private CaseValidator() {
    }

    /**
     * Every problem with a record.
     *
     * @param record the record
     * @return the violations in document order; empty when the record is valid
     */
    public static List<Violation> validate(CaseRecord record) {
        Objects.requireNonNull(record, "record");
        return RecordValidation.validate(record);
    }

    /**
     * The record, if it is valid.
     *
     * @param record the record
     * @return the same record
     * @throws InvalidDocumentException listing every problem, if it is not valid
     */
    public static CaseRecord requireValid(CaseRecord record) {
        List<Violation> violations = validate(record);
        if (!violations.isEmpty()) {
            throw new InvalidDocumentException(null, violations);
        }
        return record;
    }
}
