package org.sosqa.rules.facts;

/**
 * The self-assessment as a whole.
 *
 * @param cycles how many cycles it covers
 * @param charterSigned whether the organisation's leaders have signed the charter
 */
public record AssessmentFact(int cycles, boolean charterSigned) {
}
