package org.sosqa.core.coredata;

/** Why a record was left out. */
public enum ProblemKind {
    /** A date the record needs is missing or empty. */
    MISSING_DATE,
    /** A date written as YYYY-MM-DD that does not exist (2023-02-30). */
    IMPOSSIBLE_DATE,
    /** A value that cannot be read as its type (a date not in YYYY-MM-DD, a count that is not a number). */
    UNPARSEABLE_VALUE,
    /** An end (or a later step) dated before its start. */
    ENDS_BEFORE_STARTS,
    /** The same record twice for a child (two referrals on one day); counted once. */
    DUPLICATE,
    /** A child with no identifier. */
    MISSING_IDENTIFIER,
    /** The file is not well-formed XML from this point on. */
    MALFORMED_XML,
    /**
     * A child's events in a case that came after the child's other cases were already counted, when cases are
     * streamed on the contract that each child's cases arrive together ({@link CaseEpisodeStream}); left out so
     * that nothing is counted twice.
     */
    NOT_GROUPED
}
