package org.sosqa.core.accreditation;

/** What a peer-review panel decides (domain.md §4.1). */
public enum ReviewOutcome {
    /** Every criterion met: the award is conferred. */
    AWARD,
    /** Some criteria narrowly missed (agreed score 2), none failed: resubmit with minor revisions. */
    MINOR_REVISIONS,
    /** Some criterion not met (agreed score 1): resubmit with major revisions. */
    MAJOR_REVISIONS
}
