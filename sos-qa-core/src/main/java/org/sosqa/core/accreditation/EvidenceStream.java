package org.sosqa.core.accreditation;

/**
 * Where a piece of evidence comes from: the five quality assurance streams of domain.md §2 and §4.2, the
 * organisation's own narrative, and the support it has given to others (the "beacon" activity of gold).
 */
public enum EvidenceStream {
    /** Collaborative case audits: the depth of practice (domain.md §2.3). */
    DEPTH,
    /** Breadth measures over open cases (domain.md §2.4). */
    BREADTH,
    /** Family (parent) survey scales (domain.md §2.6). */
    FAMILY_SURVEY,
    /** Staff survey scales (domain.md §2.5). */
    STAFF_SURVEY,
    /** Statutory core data indicators (domain.md §2.7, §3). */
    CORE_DATA,
    /** The organisation's own account: gap analysis, what it learned, leadership commitment. */
    NARRATIVE,
    /** Support given to other organisations: peer support, published practice learning (domain.md §4.2, gold). */
    SUPPORT_GIVEN;

    /**
     * Whether this is one of the five quality assurance streams, from which a baseline is needed.
     *
     * @return true for depth, breadth, the two surveys and core data
     */
    public boolean measured() {
        return this != NARRATIVE && this != SUPPORT_GIVEN;
    }
}
