package org.sosqa.core.measure;

/** How a measure's value is computed from its populations (FHIR {@code measure-scoring}). */
public enum Scoring {
    /** Numerator over denominator, the numerator drawn from the denominator; a percentage. */
    PROPORTION,
    /** Numerator over denominator, the two drawn independently from the initial population. */
    RATIO,
    /** The mean of an observation over the denominator (for example days to complete). */
    CONTINUOUS_VARIABLE
}
