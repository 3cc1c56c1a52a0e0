package org.sosqa.core.measure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A measure as data, in HL7 FHIR Measure terms.
 *
 * @param id a stable id ({@code rereferral-rate}, {@code breadth.danger-statement})
 * @param title a short title
 * @param description what it measures and where the definition comes from
 * @param scoring how the value is computed
 * @param improvement whether higher or lower is better
 * @param initialPopulation everyone the measure is about
 * @param denominator drawn from the initial population
 * @param denominatorExclusion taken out of the denominator ({@link Criterion#never} when there is none)
 * @param numerator for a proportion drawn from the denominator after exclusions; for a ratio drawn from the
 *     initial population; unused for a continuous variable
 * @param observation for a continuous variable, the subject's observation (null when it has none); null
 *     for the other scorings
 * @param multiplier what a proportion or ratio is multiplied by: 100 for a percentage, 10000 for a rate per
 *     10,000
 * @param scale decimal places of the value, rounded half-up
 * @param stratifiers how the summary is split; may be empty
 * @param <S> the subject type
 */
public record Measure<S>(
        String id,
        String title,
        String description,
        Scoring scoring,
        ImprovementNotation improvement,
        Criterion<S> initialPopulation,
        Criterion<S> denominator,
        Criterion<S> denominatorExclusion,
        Criterion<S> numerator,
        Function<? super S, BigDecimal> observation,
        BigDecimal multiplier,
        int scale,
        List<Stratifier<S>> stratifiers) {

    public Measure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(improvement, "improvement");
        Objects.requireNonNull(initialPopulation, "initialPopulation");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(denominatorExclusion, "denominatorExclusion");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(multiplier, "multiplier");
        if (scoring == Scoring.CONTINUOUS_VARIABLE && observation == null) {
            throw new IllegalArgumentException("a continuous-variable measure needs an observation: " + id);
        }
        if (scale < 0) {
            throw new IllegalArgumentException("scale must not be negative: " + id);
        }
        stratifiers = List.copyOf(stratifiers);
    }

    /**
     * A percentage measure (proportion, multiplied by 100, one decimal place as the DfE publishes) with no
     * exclusion; add stratifiers with {@link #withStratifiers}.
     */
    public static <S> Measure<S> proportion(String id, String title, String description,
            ImprovementNotation improvement, Criterion<S> initialPopulation, Criterion<S> denominator,
            Criterion<S> numerator) {
        return new Measure<>(id, title, description, Scoring.PROPORTION, improvement, initialPopulation,
                denominator, Criterion.never("no exclusion"), numerator, null, BigDecimal.valueOf(100), 1,
                List.of());
    }

    /** This measure with a denominator exclusion. */
    public Measure<S> withExclusion(Criterion<S> exclusion) {
        return new Measure<>(id, title, description, scoring, improvement, initialPopulation, denominator,
                exclusion, numerator, observation, multiplier, scale, stratifiers);
    }

    /** This measure split by the given stratifiers (in place of any it had). */
    @SafeVarargs
    public final Measure<S> withStratifiers(Stratifier<S>... by) {
        return new Measure<>(id, title, description, scoring, improvement, initialPopulation, denominator,
                denominatorExclusion, numerator, observation, multiplier, scale, List.of(by));
    }
}
