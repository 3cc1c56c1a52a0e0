package org.sosqa.core;

/** Where a case sits on the continuum of children's services (domain.md §1.1). */
public enum ServiceStage {
    /** Early help: support before statutory involvement (Signs of Wellbeing). */
    EARLY_HELP,
    /** A child in need under section 17 of the Children Act 1989. */
    CHILD_IN_NEED,
    /** A child protection plan, or a section 47 enquiry leading to one. */
    CHILD_PROTECTION,
    /** A child looked after by the local authority (Signs of Success, Signs of Belonging). */
    CHILD_LOOKED_AFTER,
    /** A young person leaving care. */
    CARE_LEAVER
}
