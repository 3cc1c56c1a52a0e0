package org.sosqa.core.accreditation;

/** How far an action of the plan has got. */
public enum ActionStatus {
    /** Not started. */
    PLANNED,
    /** Started. */
    IN_PROGRESS,
    /** Done, with its success measure checked. */
    DONE
}
