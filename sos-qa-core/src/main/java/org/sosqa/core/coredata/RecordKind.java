package org.sosqa.core.coredata;

/** The kinds of child-level record a data problem can leave out. */
public enum RecordKind {
    /** A whole child. */
    CHILD,
    /** A referral (a census {@code CINdetails} episode). */
    REFERRAL,
    /** A child and family assessment. */
    ASSESSMENT,
    /** A section 47 enquiry with its initial child protection conference. */
    SECTION_47,
    /** A child protection plan. */
    PROTECTION_PLAN,
    /** A period looked after. */
    LOOKED_AFTER,
    /** The rest of a file that could not be read on. */
    FILE
}
