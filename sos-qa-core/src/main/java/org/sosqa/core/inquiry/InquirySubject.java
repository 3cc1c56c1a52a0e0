package org.sosqa.core.inquiry;

import java.util.Objects;

/**
 * What an inquiry is about, de-identified (domain.md §5.1).
 *
 * @param kind a case or a piece of work
 * @param id the case's pseudonymous id, or the piece of work's id
 */
public record InquirySubject(SubjectKind kind, String id) {

    /** Checks both parts are present. */
    public InquirySubject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }
}
