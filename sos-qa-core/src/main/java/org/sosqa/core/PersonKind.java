package org.sosqa.core;

/** How a person around the child is connected to them. */
public enum PersonKind {
    /** A parent (birth, adoptive or step). */
    PARENT,
    /** Another caregiver the child lives with or is looked after by. */
    CAREGIVER,
    /** Extended family: grandparents, aunts, uncles, older siblings. */
    FAMILY,
    /** A friend of the family or of the child. */
    FRIEND,
    /** Someone from the community: a neighbour, a faith leader, a coach. */
    COMMUNITY,
    /** A professional: teacher, health visitor, doctor, police officer, social worker. */
    PROFESSIONAL;

    /** Whether this person is naturally connected to the child rather than paid to be there. */
    public boolean isNaturalNetwork() {
        return this != PROFESSIONAL;
    }
}
