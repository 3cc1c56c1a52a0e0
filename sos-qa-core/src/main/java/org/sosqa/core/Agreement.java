package org.sosqa.core;

/** How far the family agrees with the professionals' worries. */
public enum Agreement {
    /** The family agrees. */
    AGREES,
    /** The family agrees with some of it. */
    PARTLY_AGREES,
    /** The family disagrees; the disagreement is recorded, not hidden. */
    DISAGREES
}
