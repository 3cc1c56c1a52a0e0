package org.sosqa.rules;

/**
 * The overall judgement of a case audit, in the four words English local authority audit tools borrow
 * from Ofsted (domain.md §2.3, §3). Declared best first.
 */
public enum Grade {
    /** Good, plus practice that demonstrably exceeds good. */
    OUTSTANDING,
    /** Good practice. */
    GOOD,
    /** Requires improvement to be good. */
    REQUIRES_IMPROVEMENT,
    /** Inadequate. */
    INADEQUATE;

    /**
     * The worse of this grade and a limit.
     *
     * @param limit the best grade allowed
     * @return this grade, or the limit if this grade is better than it
     */
    public Grade atMost(Grade limit) {
        return compareTo(limit) >= 0 ? this : limit;
    }
}
