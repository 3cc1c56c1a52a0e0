package org.sosqa.core.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Evaluates a {@link Measure} over subjects. Stateless and thread-safe; the same subjects in the same order
 * give equal reports.
 */
public final class MeasureEvaluator {

    private MeasureEvaluator() {
    }

    /**
     * Evaluates a measure.
     *
     * @param measure the measure
     * @param subjects the subjects, in the order the reports keep
     * @param subjectId a subject's identifier (a case id, a child id); never logged
     * @return the individual, subject-list and summary reports
     */
    public static <S> MeasureReport evaluate(Measure<S> measure, Collection<? extends S> subjects,
            Function<? super S, String> subjectId) {
        List<IndividualReport> individuals = new ArrayList<>(subjects.size());
        Map<Population, List<String>> lists = new EnumMap<>(Population.class);
        for (Population p : Population.values()) {
            lists.put(p, new ArrayList<>());
        }
        Tally total = new Tally();
        List<Map<String, Tally>> strata = new ArrayList<>();
        for (int i = 0; i < measure.stratifiers().size(); i++) {
            strata.add(new TreeMap<>());
        }
        for (S subject : subjects) {
            IndividualReport report = individual(measure, subject, subjectId.apply(subject));
            individuals.add(report);
            for (PopulationMembership m : report.populations()) {
                if (m.member()) {
                    lists.get(m.population()).add(report.subjectId());
                }
            }
            total.add(report);
            if (!report.in(Population.INITIAL_POPULATION)) {
                continue; // a stratum of subjects the measure is not about would only show zeros
            }
            for (int i = 0; i < measure.stratifiers().size(); i++) {
                String stratum = measure.stratifiers().get(i).stratumOf(subject);
                strata.get(i).computeIfAbsent(stratum, k -> new Tally()).add(report);
            }
        }
        List<StratifierReport> stratifierReports = new ArrayList<>();
        for (int i = 0; i < measure.stratifiers().size(); i++) {
            List<StratumReport> reports = new ArrayList<>();
            strata.get(i).forEach((stratum, tally) -> reports.add(tally.report(stratum, measure)));
            stratifierReports.add(new StratifierReport(measure.stratifiers().get(i).id(), reports));
        }
        lists.replaceAll((p, ids) -> List.copyOf(ids));
        return new MeasureReport(measure.id(), individuals, lists,
                new SummaryReport(measure.id(), total.report("total", measure), stratifierReports));
    }

    /** One subject's individual report. */
    public static <S> IndividualReport individual(Measure<S> measure, S subject, String id) {
        List<PopulationMembership> out = new ArrayList<>(4);
        boolean ip = measure.initialPopulation().test(subject);
        out.add(membership(Population.INITIAL_POPULATION, ip, measure.initialPopulation()));
        boolean den = false;
        boolean excl = false;
        if (ip) {
            den = measure.denominator().test(subject);
            out.add(membership(Population.DENOMINATOR, den, measure.denominator()));
        } else {
            out.add(new PopulationMembership(Population.DENOMINATOR, false,
                    "not considered: not in the initial population"));
        }
        if (den) {
            excl = measure.denominatorExclusion().test(subject);
            out.add(membership(Population.DENOMINATOR_EXCLUSION, excl, measure.denominatorExclusion()));
        } else {
            out.add(new PopulationMembership(Population.DENOMINATOR_EXCLUSION, false,
                    "not considered: not in the denominator"));
        }
        BigDecimal observation = null;
        switch (measure.scoring()) {
            case PROPORTION -> {
                if (den && !excl) {
                    out.add(membership(Population.NUMERATOR, measure.numerator().test(subject),
                            measure.numerator()));
                } else {
                    out.add(new PopulationMembership(Population.NUMERATOR, false,
                            "not considered: not in the denominator after exclusions"));
                }
            }
            case RATIO -> {
                if (ip) {
                    out.add(membership(Population.NUMERATOR, measure.numerator().test(subject),
                            measure.numerator()));
                } else {
                    out.add(new PopulationMembership(Population.NUMERATOR, false,
                            "not considered: not in the initial population"));
                }
            }
            case CONTINUOUS_VARIABLE -> {
                out.add(new PopulationMembership(Population.NUMERATOR, false,
                        "not considered: a continuous-variable measure has no numerator"));
                if (den && !excl) {
                    observation = measure.observation().apply(subject);
                }
            }
        }
        return new IndividualReport(id, out, observation);
    }

    private static PopulationMembership membership(Population p, boolean member, Criterion<?> c) {
        return new PopulationMembership(p, member, member ? c.description() : "not: " + c.description());
    }

    /**
     * The value of a measure from its counts: numerator (or the sum of observations) over the denominator
     * after exclusions (or the number of observations), times the multiplier, rounded half-up; null when the
     * divisor is zero.
     */
    static BigDecimal value(Measure<?> measure, long numerator, long divisor, BigDecimal observationSum,
            long observations) {
        if (measure.scoring() == Scoring.CONTINUOUS_VARIABLE) {
            return observations == 0 ? null
                    : observationSum.divide(BigDecimal.valueOf(observations), measure.scale(), RoundingMode.HALF_UP);
        }
        if (divisor == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(measure.multiplier())
                .divide(BigDecimal.valueOf(divisor), measure.scale(), RoundingMode.HALF_UP);
    }

    private static final class Tally {
        long ip;
        long den;
        long excl;
        long num;
        BigDecimal observationSum = BigDecimal.ZERO;
        long observations;

        void add(IndividualReport r) {
            ip += r.in(Population.INITIAL_POPULATION) ? 1 : 0;
            den += r.in(Population.DENOMINATOR) ? 1 : 0;
            excl += r.in(Population.DENOMINATOR_EXCLUSION) ? 1 : 0;
            num += r.in(Population.NUMERATOR) ? 1 : 0;
            if (r.observation() != null) {
                observationSum = observationSum.add(r.observation());
                observations++;
            }
        }

        StratumReport report(String stratum, Measure<?> measure) {
            PopulationCounts counts = new PopulationCounts(ip, den, excl, num);
            long divisor = counts.effectiveDenominator();
            return new StratumReport(stratum, counts, value(measure, num, divisor, observationSum, observations));
        }
    }
}
