package org.sosqa.core.measure;

/** Whether a higher or a lower value is better (FHIR {@code measure-improvement-notation}). */
public enum ImprovementNotation {
    /** A higher value is better. */
    INCREASE,
    /** A lower value is better. */
    DECREASE
}
