package org.sosqa.core.measure;

/**
 * How many subjects fell in each population.
 *
 * @param initialPopulation in the initial population
 * @param denominator in the denominator, before exclusions
 * @param denominatorExclusion taken out of the denominator
 * @param numerator in the numerator
 */
public record PopulationCounts(long initialPopulation, long denominator, long denominatorExclusion, long numerator) {

    /** The denominator after exclusions: what a proportion divides by. */
    public long effectiveDenominator() {
        return denominator - denominatorExclusion;
    }
}
