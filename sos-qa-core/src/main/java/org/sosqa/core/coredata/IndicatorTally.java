package org.sosqa.core.coredata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

import org.sosqa.core.coredata.Episodes.Assessment;
import org.sosqa.core.coredata.Episodes.ProtectionPlan;
import org.sosqa.core.coredata.Episodes.Referral;
import org.sosqa.core.coredata.Episodes.Section47;
import org.sosqa.core.coredata.StatutoryIndicators.DurationBand;
import org.sosqa.core.measure.Measure;
import org.sosqa.core.measure.StratumReport;
import org.sosqa.core.measure.SummaryAccumulator;

/**
 * The statutory indicators counted one child at a time, for one or several collection years at once, keeping
 * only counts and the problems reported: its memory grows with the number of years and of problems, never
 * with the number of children. Each child is tested against the very {@link Measure}s of
 * {@link StatutoryIndicators} (the {@code *Measure} methods), and {@link #report} gives exactly the
 * {@link IndicatorReport} that {@link StatutoryIndicators#compute} gives for the same children and problems:
 * {@code compute} is this tally over a {@link CoreData}.
 *
 * <p>A child's re-referrals and second plans are found among the child's own episodes, so each child must be
 * added whole, once: readers that stream ({@link CinCensusReader#stream}, {@link CaseEpisodeStream}) hand over
 * complete children. Not thread-safe: give each thread its own tally over its own children and {@link #merge}
 * them; problems are kept in the order added, this tally's before the merged one's.
 */
public final class IndicatorTally implements CoreDataSink {

    private final WorkingDayCalendar calendar;
    private final TreeMap<Integer, YearCounts> years = new TreeMap<>();
    private final List<DataProblem> problems = new ArrayList<>();
    private long children;

    /**
     * An empty tally.
     *
     * @param years the collection years to count (at least one)
     * @param calendar working days, for the assessment and conference timeliness
     */
    public IndicatorTally(Collection<CollectionYear> years, WorkingDayCalendar calendar) {
        if (years.isEmpty()) {
            throw new IllegalArgumentException("at least one collection year");
        }
        this.calendar = calendar;
        for (CollectionYear y : years) {
            this.years.computeIfAbsent(y.endingYear(), k -> new YearCounts(y, calendar));
        }
    }

    /**
     * An empty tally of one collection year.
     *
     * @param year the collection year
     * @param calendar working days
     */
    public IndicatorTally(CollectionYear year, WorkingDayCalendar calendar) {
        this(List.of(year), calendar);
    }

    /** The collection years counted, earliest first. */
    public List<CollectionYear> years() {
        return years.values().stream().map(y -> y.year).toList();
    }

    /** The children counted so far. */
    public long children() {
        return children;
    }

    /** The problems added so far, in the order added; unmodifiable. */
    public List<DataProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /**
     * Counts one child in every year.
     *
     * @param child the child's complete episodes
     */
    @Override
    public void child(ChildEpisodes child) {
        children++;
        List<EpisodeOf<Referral>> referrals = subjects(child, child.referrals());
        List<EpisodeOf<Assessment>> assessments = subjects(child, child.assessments());
        List<EpisodeOf<Section47>> section47s = subjects(child, child.section47s());
        List<EpisodeOf<ProtectionPlan>> plans = subjects(child, child.plans());
        for (YearCounts y : years.values()) {
            y.add(child, referrals, assessments, section47s, plans);
        }
    }

    /**
     * Keeps one problem for the reports.
     *
     * @param problem a record left out
     */
    @Override
    public void problem(DataProblem problem) {
        problems.add(problem);
    }

    /**
     * Adds another tally's counts and problems (another thread's children, which must not also be in this one).
     *
     * @param other a tally of the same years
     */
    public void merge(IndicatorTally other) {
        if (!other.years.keySet().equals(years.keySet())) {
            throw new IllegalArgumentException("not the same collection years: " + other.years() + " and " + years());
        }
        if (!other.calendar.holidays().equals(calendar.holidays())) {
            throw new IllegalArgumentException("not the same working-day calendar");
        }
        children += other.children;
        problems.addAll(other.problems);
        years.forEach((k, y) -> y.merge(other.years.get(k)));
    }

    /**
     * The indicators of one year, with every problem added (problems are not tied to a year).
     *
     * @param year one of the years counted
     * @param childPopulation children aged under 18 in the area, for the looked-after rate per 10,000; null to
     *     leave that indicator out
     * @return the report {@link StatutoryIndicators#compute} gives
     */
    public IndicatorReport report(CollectionYear year, Long childPopulation) {
        YearCounts y = years.get(year.endingYear());
        if (y == null) {
            throw new IllegalArgumentException("not a year of this tally: " + year.endingYear());
        }
        return new IndicatorReport(year, y.indicators(childPopulation), problems, LeftOut.count(problems));
    }

    private static <T> List<EpisodeOf<T>> subjects(ChildEpisodes child, List<T> episodes) {
        if (episodes.isEmpty()) {
            return List.of();
        }
        List<EpisodeOf<T>> out = new ArrayList<>(episodes.size());
        for (T e : episodes) {
            out.add(new EpisodeOf<>(child, e));
        }
        return out;
    }

    /** One year's counts: a summary accumulator for each rate, and the plain counts. */
    private static final class YearCounts {
        final CollectionYear year;
        final SummaryAccumulator<EpisodeOf<Referral>> rereferral;
        final SummaryAccumulator<EpisodeOf<Assessment>> assessment;
        final SummaryAccumulator<EpisodeOf<Section47>> icpc;
        final SummaryAccumulator<EpisodeOf<ProtectionPlan>> subsequent;
        final SummaryAccumulator<EpisodeOf<ProtectionPlan>> subsequentTwoYears;
        final List<SummaryAccumulator<EpisodeOf<ProtectionPlan>>> durations = new ArrayList<>();
        final SummaryAccumulator<EpisodeOf<ProtectionPlan>> openTwoYears;
        final List<SummaryAccumulator<EpisodeOf<ProtectionPlan>>> planRates = new ArrayList<>();
        long ended;
        long lookedAfter;

        YearCounts(CollectionYear year, WorkingDayCalendar calendar) {
            this.year = year;
            rereferral = new SummaryAccumulator<>(StatutoryIndicators.rereferralMeasure(year));
            assessment = new SummaryAccumulator<>(StatutoryIndicators.assessmentMeasure(year, calendar));
            icpc = new SummaryAccumulator<>(StatutoryIndicators.icpcMeasure(year, calendar));
            subsequent = new SummaryAccumulator<>(StatutoryIndicators.subsequentPlanMeasure(year));
            subsequentTwoYears = new SummaryAccumulator<>(StatutoryIndicators.subsequentPlanWithinTwoYearsMeasure(year));
            for (DurationBand band : DurationBand.values()) {
                durations.add(new SummaryAccumulator<>(StatutoryIndicators.durationMeasure(year, band)));
            }
            openTwoYears = new SummaryAccumulator<>(StatutoryIndicators.openTwoYearsMeasure(year));
            planRates.add(subsequent);
            planRates.add(subsequentTwoYears);
            planRates.addAll(durations);
            planRates.add(openTwoYears);
        }

        void add(ChildEpisodes child, List<EpisodeOf<Referral>> referrals, List<EpisodeOf<Assessment>> assessments,
                List<EpisodeOf<Section47>> section47s, List<EpisodeOf<ProtectionPlan>> plans) {
            for (EpisodeOf<Referral> r : referrals) {
                rereferral.add(r);
            }
            for (EpisodeOf<Assessment> a : assessments) {
                assessment.add(a);
            }
            for (EpisodeOf<Section47> s : section47s) {
                icpc.add(s);
            }
            for (EpisodeOf<ProtectionPlan> p : plans) {
                for (SummaryAccumulator<EpisodeOf<ProtectionPlan>> rate : planRates) {
                    rate.add(p);
                }
                if (StatutoryIndicators.endedIn(year, p.episode())) {
                    ended++;
                }
            }
            if (StatutoryIndicators.lookedAfterAt(child, year)) {
                lookedAfter++;
            }
        }

        void merge(YearCounts o) {
            rereferral.merge(o.rereferral);
            assessment.merge(o.assessment);
            icpc.merge(o.icpc);
            for (int i = 0; i < planRates.size(); i++) {
                planRates.get(i).merge(o.planRates.get(i));
            }
            ended += o.ended;
            lookedAfter += o.lookedAfter;
        }

        List<Indicator> indicators(Long childPopulation) {
            List<Indicator> out = new ArrayList<>();
            Indicator rereferrals = rate(rereferral);
            out.add(count("referrals", "Referrals in the year", rereferrals.denominator()));
            out.add(new Indicator("rereferrals-12m", "Re-referrals within 12 months of a previous referral",
                    rereferrals.numerator(), rereferrals.denominator(), BigDecimal.valueOf(rereferrals.numerator())));
            out.add(rereferrals);
            out.add(rate(assessment));
            out.add(rate(icpc));
            Indicator subsequentRate = rate(subsequent);
            out.add(count("cpp-starts", "Child protection plans started in the year", subsequentRate.denominator()));
            out.add(subsequentRate);
            out.add(rate(subsequentTwoYears));
            out.add(count("cpp-ended", "Child protection plans ended in the year", ended));
            for (SummaryAccumulator<EpisodeOf<ProtectionPlan>> band : durations) {
                out.add(rate(band));
            }
            out.add(rate(openTwoYears));
            if (childPopulation != null) {
                BigDecimal rate = childPopulation <= 0 ? null : BigDecimal.valueOf(lookedAfter * 10_000L)
                        .divide(BigDecimal.valueOf(childPopulation), 0, RoundingMode.HALF_UP);
                out.add(new Indicator("cla-per-10000",
                        "Children looked after at 31 March per 10,000 children under 18", lookedAfter,
                        childPopulation, rate));
            }
            return out;
        }

        private static Indicator rate(SummaryAccumulator<?> accumulator) {
            StratumReport total = accumulator.summary().total();
            return new Indicator(accumulator.measure().id(), accumulator.measure().title(),
                    total.counts().numerator(), total.counts().effectiveDenominator(), total.value());
        }

        private static Indicator count(String id, String title, long n) {
            return new Indicator(id, title, n, null, BigDecimal.valueOf(n));
        }
    }
}
