package org.sosqa.core.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.sosqa.core.CaseRecord;

/**
 * A measure over cases as an organisation writes it in a definition file (read by
 * {@link MeasureDefinitions}): FHIR Measure populations given as {@link CaseCondition}s, not code, so the
 * measure can be made for any day with {@link #on(LocalDate)}.
 *
 * @param id a stable id ({@code breadth.map})
 * @param title a short title
 * @param description what it measures
 * @param source where the definition comes from ({@code "domain.md §2.4"}, an organisation's own policy)
 * @param scoring proportion, ratio or continuous variable
 * @param improvement whether higher or lower is better
 * @param initialPopulation everyone the measure is about on the day (usually the cases open on it)
 * @param denominator drawn from the initial population
 * @param denominatorExclusion taken out of the denominator, or null when there is none
 * @param numerator the aim; null for a continuous variable
 * @param observation for a continuous variable, the name of its observation in the catalogue
 *     ({@code map-age-days}); null otherwise
 * @param multiplier 100 for a percentage
 * @param scale decimal places of the value
 * @param stratifiers the ids of the stratifiers ({@code team}, {@code worker}, {@code service-stage},
 *     {@code organisation})
 */
public record MeasureDefinition(String id, String title, String description, String source, Scoring scoring,
        ImprovementNotation improvement, CaseCondition initialPopulation, CaseCondition denominator,
        CaseCondition denominatorExclusion, CaseCondition numerator, String observation, BigDecimal multiplier, int scale,
        List<String> stratifiers) {

    public MeasureDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(improvement, "improvement");
        Objects.requireNonNull(initialPopulation, "initialPopulation");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(multiplier, "multiplier");
        if ((scoring == Scoring.CONTINUOUS_VARIABLE) != (observation != null)) {
            throw new IllegalArgumentException("a continuous variable, and only one, has an observation: " + id);
        }
        if (scoring != Scoring.CONTINUOUS_VARIABLE && numerator == null) {
            throw new IllegalArgumentException("a proportion or ratio needs a numerator: " + id);
        }
        for (String s : stratifiers) {
            CaseCatalogue.stratifier(s); // throws for an unknown id
        }
        if (observation != null) {
            CaseCatalogue.observation(observation, LocalDate.EPOCH);
        }
        stratifiers = List.copyOf(stratifiers);
    }

    /** The measure for the cases as they stood on a day, split by this definition's stratifiers. */
    public Measure<CaseRecord> on(LocalDate day) {
        return on(day, stratifiers);
    }

    /**
     * The measure for the cases as they stood on a day, split by the given stratifiers instead (for a
     * roll-up to one level).
     *
     * @param day the day
     * @param stratifierIds stratifier ids from the catalogue; may be empty
     * @return the measure
     */
    public Measure<CaseRecord> on(LocalDate day, List<String> stratifierIds) {
        Objects.requireNonNull(day, "day");
        List<Stratifier<CaseRecord>> by = stratifierIds.stream().map(CaseCatalogue::stratifier).toList();
        return new Measure<>(id, title, description, scoring, improvement, criterion(initialPopulation, day),
                criterion(denominator, day),
                denominatorExclusion == null ? Criterion.never("no exclusion") : criterion(denominatorExclusion, day),
                numerator == null ? Criterion.never("no numerator") : criterion(numerator, day),
                observation == null ? null : CaseCatalogue.observation(observation, day), multiplier, scale, by);
    }

    private static Criterion<CaseRecord> criterion(CaseCondition test, LocalDate day) {
        String words = test.describe();
        return new Criterion<>(words, c -> test.test(c, day));
    }
}
