package org.sosqa.core.accreditation;

/**
 * The levels of award, lowest first, as Athena Swan's bronze, silver and gold (domain.md §4.1, §4.2).
 */
public enum AwardLevel {
    /** No award: the bronze criteria are not all met. */
    NONE,
    /** An honest baseline from every stream, an honest gap analysis and a credible plan. */
    BRONZE,
    /** Evidence of impact over at least two cycles, and progress against the plan. */
    SILVER,
    /** Sustained impact, and support given to other organisations. */
    GOLD;

    /**
     * The level above this one.
     *
     * @return the next level; {@link #GOLD} for {@link #GOLD}, as there is none above it
     */
    public AwardLevel next() {
        return this == GOLD ? GOLD : values()[ordinal() + 1];
    }
}
