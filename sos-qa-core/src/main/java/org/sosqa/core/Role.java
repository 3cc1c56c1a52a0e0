package org.sosqa.core;

/** The part someone plays in a mapping, a scaling or a plan. */
public enum Role {
    /** The child's social worker or key worker. */
    WORKER,
    /** The worker's manager or supervisor. */
    MANAGER,
    /** A parent. */
    PARENT,
    /** Another caregiver. */
    CAREGIVER,
    /** The child or young person. */
    CHILD,
    /** A member of the family's network who is not a professional. */
    NETWORK_MEMBER,
    /** A professional from another agency (school, health, police). */
    OTHER_AGENCY,
    /** The chair of a child protection conference or review. */
    CONFERENCE_CHAIR;

    /** Whether this role speaks for the family (parents, caregivers, the child, their network). */
    public boolean isFamily() {
        return this == PARENT || this == CAREGIVER || this == CHILD || this == NETWORK_MEMBER;
    }
}
