package org.sosqa.core;

/**
 * The case events that core data is computed from (domain.md §3), named as the children in need census
 * and the children looked after return name them.
 */
public enum EventType {
    /** A referral to children's social care. */
    REFERRAL,
    /** A child and family assessment started. */
    ASSESSMENT_START,
    /** A child and family assessment completed and authorised. */
    ASSESSMENT_AUTHORISED,
    /** A section 47 enquiry started (the strategy discussion). */
    SECTION_47_START,
    /** An initial child protection conference. */
    INITIAL_CP_CONFERENCE,
    /** A child protection plan started. */
    CP_PLAN_START,
    /** A child protection plan ended. */
    CP_PLAN_END,
    /** A child in need plan started. */
    CIN_PLAN_START,
    /** A child in need plan ended. */
    CIN_PLAN_END,
    /** The child became looked after. */
    LOOKED_AFTER_START,
    /** The child ceased to be looked after. */
    LOOKED_AFTER_END,
    /** A family network meeting was held. */
    FAMILY_NETWORK_MEETING,
    /** The case closed. */
    CLOSURE
}
