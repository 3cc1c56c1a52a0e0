package org.sosqa.examples.embedding;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.sosqa.core.CaseRecord;

/**
 * One vendor case after mapping: a valid {@link CaseRecord}, or every problem found, each located by
 * table, row and column.
 */
public sealed interface MappedCase permits MappedCase.Valid, MappedCase.Invalid {

    /**
     * The case's id in the vendor's {@code cases} table.
     *
     * @return the id
     */
    String caseId();

    /**
     * The vendor's change marker for the version of the case that was read.
     *
     * @return {@code cases.updated_at}
     */
    LocalDateTime updatedAt();

    /**
     * The vendor location of the case row, for example {@code cases[id=C-12]}.
     *
     * @return the location
     */
    default String location() {
        return VendorCaseMapper.caseLocation(caseId());
    }

    /**
     * A case mapped into a valid record, ready to audit.
     *
     * @param caseId the vendor's case id
     * @param updatedAt the change marker read
     * @param caseRecord the validated record
     */
    record Valid(String caseId, LocalDateTime updatedAt, CaseRecord caseRecord) implements MappedCase {
        public Valid {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(updatedAt, "updatedAt");
            Objects.requireNonNull(caseRecord, "caseRecord");
        }
    }

    /**
     * A case that could not be mapped into a valid record.
     *
     * @param caseId the vendor's case id
     * @param updatedAt the change marker read
     * @param problems every problem found, at least one
     */
    record Invalid(String caseId, LocalDateTime updatedAt, List<VendorProblem> problems) implements MappedCase {
        public Invalid {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(updatedAt, "updatedAt");
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid case has at least one problem");
            }
        }
    }
}
