package org.sosqa.core.inquiry;

/** What an appreciative inquiry is about (domain.md §5.1: "a case or a piece of work"). */
public enum SubjectKind {
    /** A case, named by its pseudonymous case id. */
    CASE,
    /** A piece of work that is not one case (a network meeting series, a team's practice), named by an id. */
    WORK
}
