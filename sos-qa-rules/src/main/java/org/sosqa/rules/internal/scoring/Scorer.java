package org.sosqa.rules.internal.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sosqa.rules.CriterionResult;
import org.sosqa.rules.DomainScore;
import org.sosqa.rules.Finding;
import org.sosqa.rules.Grade;
import org.sosqa.rules.GradeLimit;

/**
 * Turns findings into criterion ratings, domain scores, an overall score and a grade, as
 * docs/audit-instrument.md describes. Pure and thread-safe.
 */
public final class Scorer {
    private final Instrument instrument;
    private final List<Instrument.RatingScale.Step> steps;
    private final List<Instrument.GradeBoundary> boundaries;
    /** Each criterion id's tally slot: its first place in the instrument, domain by domain. */
    private final Map<String, Integer> slots;
    /** The tally slot of each criterion, by its place in the instrument. */
    private final int[] slotAt;

    /**
     * A scorer for an instrument.
     *
     * @param instrument the instrument
     */
    public Scorer(Instrument instrument) {
        this.instrument = instrument;
        this.steps = instrument.ratingScale().fromProportion().stream()
                .sorted(Comparator.comparingDouble(Instrument.RatingScale.Step::atLeast).reversed()).toList();
        this.boundaries = instrument.grades().stream()
                .sorted(Comparator.comparingDouble(Instrument.GradeBoundary::minScore).reversed()).toList();
        Map<String, Integer> slots = new HashMap<>();
        List<Integer> slotAt = new ArrayList<>();
        for (Instrument.Domain domain : instrument.domains()) {
            for (Instrument.Criterion criterion : domain.criteria()) {
                slotAt.add(slots.computeIfAbsent(criterion.id().intern(), id -> slots.size()));
            }
        }
        this.slots = Map.copyOf(slots);
        this.slotAt = slotAt.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The instrument this scorer uses. */
    public Instrument instrument() {
        return instrument;
    }

    /**
     * Scores one case.
     *
     * @param findings the rules' findings; those naming a criterion the instrument lacks are not scored
     * @param limits the limiting judgements found
     * @param auditorRatings the auditor's rating by criterion id, empty where there was no collaborative audit
     * @return the score
     */
    public Score score(List<Finding> findings, List<GradeLimit> limits, Map<String, Integer> auditorRatings) {
        // Met and checked findings per criterion, in one array each, slot by slot.
        int[] met = new int[slots.size()];
        int[] checked = new int[slots.size()];
        for (Finding finding : findings) {
            Integer slot = slots.get(finding.criterion());
            if (slot != null) {
                checked[slot]++;
                if (finding.met()) {
                    met[slot]++;
                }
            }
        }
        int place = 0;
        List<DomainScore> domains = new ArrayList<>();
        double weighted = 0;
        double weights = 0;
        for (Instrument.Domain domain : instrument.domains()) {
            List<CriterionResult> results = new ArrayList<>();
            double sum = 0;
            double sumWeights = 0;
            for (Instrument.Criterion criterion : domain.criteria()) {
                int slot = slotAt[place++];
                Integer rating = checked[slot] == 0 ? null : rating((double) met[slot] / checked[slot]);
                results.add(new CriterionResult(criterion.id(), rating, met[slot], checked[slot],
                        auditorRatings.isEmpty() ? null : auditorRatings.get(criterion.id())));
                if (rating != null) {
                    sum += criterion.weight() * rating;
                    sumWeights += criterion.weight();
                }
            }
            Double score = sumWeights == 0 ? null : round(10.0 * sum / sumWeights / maxRating());
            domains.add(new DomainScore(domain.id(), score, results));
            if (score != null) {
                weighted += domain.weight() * score;
                weights += domain.weight();
            }
        }
        double overall = weights == 0 ? 0.0 : round(weighted / weights);
        Grade grade = grade(overall);
        for (GradeLimit limit : limits) {
            grade = grade.atMost(limit.atMost());
        }
        return new Score(overall, grade, domains);
    }

    private double maxRating() {
        return instrument.ratingScale().max();
    }

    private int rating(double share) {
        for (Instrument.RatingScale.Step step : steps) {
            if (share >= step.atLeast()) {
                return step.rating();
            }
        }
        return instrument.ratingScale().min();
    }

    private Grade grade(double score) {
        for (Instrument.GradeBoundary boundary : boundaries) {
            if (score >= boundary.minScore()) {
                return boundary.grade();
            }
        }
        return Grade.INADEQUATE;
    }

    /**
     * {@code value} rounded half up to two decimals, as {@link BigDecimal} rounds its decimal form. Away
     * from a half (in hundredths), the error of multiplying by 100 cannot change the result, and dividing
     * the rounded whole number by 100 gives the double nearest the two-decimal number, as
     * {@link BigDecimal#doubleValue()} does; so only values near a half, or too large for that argument,
     * take the slower exact way, which was a third of the scoring's cost.
     */
    static double round(double value) {
        double scaled = value * 100;
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        if (Math.abs(scaled) < 1e9 && Math.abs(fraction - 0.5) > 1e-6) {
            return (fraction > 0.5 ? floor + 1 : floor) / 100;
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * A case's score.
     *
     * @param overall the overall score, 0-10
     * @param grade the grade after limits
     * @param domains the domain scores
     */
    public record Score(double overall, Grade grade, List<DomainScore> domains) {
        public Score {
            domains = List.copyOf(domains);
        }
    }
}
