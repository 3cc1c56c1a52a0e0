package org.sosqa.core.measure;

/** The populations of a measure (FHIR {@code measure-population}), in the order they are evaluated. */
public enum Population {
    /** Everyone the measure is about. */
    INITIAL_POPULATION,
    /** The subjects the value is computed over, drawn from the initial population. */
    DENOMINATOR,
    /** Subjects of the denominator taken out of it (for example a case closed in its first week). */
    DENOMINATOR_EXCLUSION,
    /** Subjects meeting the measure's aim; for a proportion, drawn from the denominator after exclusions. */
    NUMERATOR
}
