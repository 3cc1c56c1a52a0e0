package org.sosqa.core.coredata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.sosqa.core.coredata.Episodes.Assessment;
import org.sosqa.core.coredata.Episodes.ProtectionPlan;
import org.sosqa.core.coredata.Episodes.Referral;
import org.sosqa.core.coredata.Episodes.Section47;
import org.sosqa.core.measure.Criterion;
import org.sosqa.core.measure.ImprovementNotation;
import org.sosqa.core.measure.Measure;
import org.sosqa.core.measure.Stratifier;

/**
 * The English statutory indicators (domain.md §3) for one collection year. Each rate is a
 * {@link Measure} over child episodes (see the {@code *Measure} methods), so it can be stratified and each
 * episode's place explained; {@link #compute} evaluates them all, through an {@link IndicatorTally}, which also
 * counts children streamed one at a time. Definitions and boundaries are documented
 * on each method and in {@code docs/indicators.md}.
 */
public final class StatutoryIndicators {

    /** Working days an assessment has from the referral (Working Together; DfE table C2). */
    public static final int ASSESSMENT_WORKING_DAYS = 45;
    /** Working days from the start of a section 47 enquiry to the initial conference (DfE table C4). */
    public static final int ICPC_WORKING_DAYS = 15;

    private StatutoryIndicators() {
    }

    /**
     * Computes every indicator.
     *
     * @param data the episodes and the problems met reading them
     * @param year the collection year
     * @param calendar working days
     * @param childPopulation children aged under 18 in the area, for the looked-after rate per 10,000; null to
     *     leave that indicator out
     * @return the indicators, with the problems and left-out counts carried through
     */
    public static IndicatorReport compute(CoreData data, CollectionYear year, WorkingDayCalendar calendar,
            Long childPopulation) {
        IndicatorTally tally = new IndicatorTally(year, calendar);
        data.children().forEach(tally::child);
        data.problems().forEach(tally::problem);
        return tally.report(year, childPopulation);
    }

    /** Whether a plan ended in the year ({@code cpp-ended}). */
    static boolean endedIn(CollectionYear year, ProtectionPlan plan) {
        return year.contains(plan.end());
    }

    /** Whether a child was looked after at the end of the year's 31 March ({@code cla-per-10000}). */
    static boolean lookedAfterAt(ChildEpisodes child, CollectionYear year) {
        for (Episodes.LookedAfter l : child.lookedAfter()) {
            if (l.openOn(year.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code rereferral-rate}: of the referrals in the year, the percentage that came within 12 months of a
     * previous referral of the same child. "Within 12 months" is inclusive: an earlier referral dated on or after
     * the date 12 calendar months before this one ({@code date.minusMonths(12)}, which takes 29 February back to
     * 28 February). An earlier referral on the same day cannot exist: it is a duplicate, counted once.
     */
    public static Measure<EpisodeOf<Referral>> rereferralMeasure(CollectionYear year) {
        return Measure.<EpisodeOf<Referral>>proportion("rereferral-rate",
                "Re-referrals within 12 months, % of referrals",
                "Referrals in the year within 12 months of a previous referral of the same child (domain.md §3; DfE "
                        + "characteristics of children in need, re-referrals)",
                ImprovementNotation.DECREASE, new Criterion<>("referred in the year", s -> year.contains(s.episode().date())),
                Criterion.always("a referral"),
                new Criterion<>("a previous referral within 12 months", StatutoryIndicators::isRereferral));
    }

    /** Whether a referral came within 12 months of an earlier referral of the same child (inclusive). */
    public static boolean isRereferral(EpisodeOf<Referral> s) {
        LocalDate date = s.episode().date();
        LocalDate from = date.minusMonths(12);
        for (Referral r : s.child().referrals()) { // a loop, not a stream: asked of every referral streamed
            if (r.date().isBefore(date) && !r.date().isBefore(from)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code assessments-within-45wd-rate}: of the assessments completed (authorised) in the year, the percentage
     * authorised within 45 working days of the referral: {@code workingDaysBetween(referral, authorised) <= 45},
     * the referral day being day 0.
     */
    public static Measure<EpisodeOf<Assessment>> assessmentMeasure(CollectionYear year, WorkingDayCalendar calendar) {
        return Measure.<EpisodeOf<Assessment>>proportion("assessments-within-45wd-rate",
                "Assessments completed within 45 working days, %",
                "Assessments completed in the year within 45 working days of the referral (DfE table C2)",
                ImprovementNotation.INCREASE,
                new Criterion<>("completed in the year", s -> year.contains(s.episode().authorised())),
                Criterion.always("an assessment"),
                new Criterion<>("completed within 45 working days of the referral",
                        s -> calendar.workingDaysBetween(s.episode().referralDate(), s.episode().authorised())
                                <= ASSESSMENT_WORKING_DAYS));
    }

    /**
     * {@code icpc-within-15wd-rate}: of the initial child protection conferences held in the year, the percentage
     * held within 15 working days of the start of the section 47 enquiry ({@code <= 15}, the start day being 0).
     */
    public static Measure<EpisodeOf<Section47>> icpcMeasure(CollectionYear year, WorkingDayCalendar calendar) {
        return Measure.<EpisodeOf<Section47>>proportion("icpc-within-15wd-rate",
                "Initial conferences within 15 working days, %",
                "ICPCs in the year held within 15 working days of the start of the section 47 enquiry (DfE table C4)",
                ImprovementNotation.INCREASE,
                new Criterion<>("initial conference in the year", s -> year.contains(s.episode().initialConference())),
                Criterion.always("a section 47 enquiry"),
                new Criterion<>("within 15 working days of the section 47 start",
                        s -> calendar.workingDaysBetween(s.episode().started(), s.episode().initialConference())
                                <= ICPC_WORKING_DAYS));
    }

    /**
     * {@code cpp-subsequent-rate}: of the plans started in the year, the percentage for a child who had a plan
     * before, however long ago: the source says so ({@code NumberOfPreviousCPP >= 1}) or an earlier plan of the
     * child is in the data.
     */
    public static Measure<EpisodeOf<ProtectionPlan>> subsequentPlanMeasure(CollectionYear year) {
        return Measure.<EpisodeOf<ProtectionPlan>>proportion("cpp-subsequent-rate",
                "Second or subsequent plans (ever), % of plans started",
                "Plans started in the year for a child previously the subject of a plan, regardless of how long ago "
                        + "(DfE table D3; former NI 65)",
                ImprovementNotation.DECREASE, new Criterion<>("started in the year", s -> year.contains(s.episode().start())),
                Criterion.always("a plan"),
                new Criterion<>("the child had a plan before", s -> {
                    Integer previous = s.episode().previousPlans();
                    if (previous != null && previous > 0) {
                        return true;
                    }
                    for (ProtectionPlan p : s.child().plans()) {
                        if (p.start().isBefore(s.episode().start())) {
                            return true;
                        }
                    }
                    return false;
                }));
    }

    /**
     * {@code cpp-subsequent-2y-rate}: of the plans started in the year, the percentage for a child whose previous
     * plan ended within the two years before this one started: an earlier plan in the data whose end is on or
     * after {@code start.minusYears(2)}. Needs the earlier plan's end date, so a plan known only from
     * {@code NumberOfPreviousCPP} does not count here.
     */
    public static Measure<EpisodeOf<ProtectionPlan>> subsequentPlanWithinTwoYearsMeasure(CollectionYear year) {
        return Measure.<EpisodeOf<ProtectionPlan>>proportion("cpp-subsequent-2y-rate",
                "Subsequent plans within two years of the previous one ending, % of plans started",
                "Plans started in the year for a child whose previous plan ended in the two years before",
                ImprovementNotation.DECREASE, new Criterion<>("started in the year", s -> year.contains(s.episode().start())),
                Criterion.always("a plan"),
                new Criterion<>("a previous plan ended within two years before", s -> {
                    LocalDate from = s.episode().start().minusYears(2);
                    for (ProtectionPlan p : s.child().plans()) {
                        if (p.start().isBefore(s.episode().start()) && p.end() != null && !p.end().isBefore(from)) {
                            return true;
                        }
                    }
                    return false;
                }));
    }

    /** The DfE table D7 bands of a plan's length, from its start to its end. */
    public enum DurationBand {
        /** Ended on or before start plus 3 months. */
        UP_TO_3_MONTHS("cpp-duration-3m-or-less", "3 months or less"),
        /** Over 3 months, up to and including 6 months. */
        OVER_3_TO_6_MONTHS("cpp-duration-3m-to-6m", "more than 3 months to 6 months"),
        /** Over 6 months and under a year. */
        OVER_6_MONTHS_UNDER_1_YEAR("cpp-duration-6m-to-1y", "more than 6 months to less than 1 year"),
        /** One year and under two. */
        ONE_TO_UNDER_2_YEARS("cpp-duration-1y-to-2y", "1 year to less than 2 years"),
        /** Two years or more. */
        TWO_YEARS_OR_MORE("cpp-duration-2y-plus", "2 years or more");

        private final String id;
        private final String words;

        DurationBand(String id, String words) {
            this.id = id;
            this.words = words;
        }

        /** The indicator id. */
        public String id() {
            return id;
        }

        /** The band of a plan from its start to its end. */
        public static DurationBand of(LocalDate start, LocalDate end) {
            if (!end.isAfter(start.plusMonths(3))) {
                return UP_TO_3_MONTHS;
            }
            if (!end.isAfter(start.plusMonths(6))) {
                return OVER_3_TO_6_MONTHS;
            }
            if (end.isBefore(start.plusYears(1))) {
                return OVER_6_MONTHS_UNDER_1_YEAR;
            }
            return end.isBefore(start.plusYears(2)) ? ONE_TO_UNDER_2_YEARS : TWO_YEARS_OR_MORE;
        }
    }

    /** Of the plans ended in the year, the percentage whose length falls in a band (DfE table D7). */
    public static Measure<EpisodeOf<ProtectionPlan>> durationMeasure(CollectionYear year, DurationBand band) {
        return Measure.<EpisodeOf<ProtectionPlan>>proportion(band.id(),
                "Plans ended lasting " + band.words + ", % of plans ended",
                "Plans ended in the year by length (DfE table D7)", ImprovementNotation.DECREASE,
                new Criterion<>("ended in the year", s -> year.contains(s.episode().end())),
                Criterion.always("a plan"),
                new Criterion<>("lasted " + band.words,
                        s -> DurationBand.of(s.episode().start(), s.episode().end()) == band));
    }

    /**
     * {@code cpp-open-2y-plus-rate}: of the plans open at 31 March, the percentage open two years or more: started
     * on or before 31 March two years earlier.
     */
    public static Measure<EpisodeOf<ProtectionPlan>> openTwoYearsMeasure(CollectionYear year) {
        LocalDate at = year.end();
        return Measure.<EpisodeOf<ProtectionPlan>>proportion("cpp-open-2y-plus-rate",
                "Plans open at 31 March for two years or more, % of plans open",
                "Children subject to a plan for two years or more at 31 March (COLLECT key indicator)",
                ImprovementNotation.DECREASE, new Criterion<>("open at 31 March", s -> s.episode().openOn(at)),
                Criterion.always("a plan"),
                new Criterion<>("open two years or more", s -> !s.episode().start().isAfter(at.minusYears(2))));
    }

    /**
     * Every episode of one kind, as the subjects of a measure: for example
     * {@code episodes(data, ChildEpisodes::referrals)} for {@link #rereferralMeasure}.
     */
    public static <T> List<EpisodeOf<T>> episodes(CoreData data, Function<ChildEpisodes, List<T>> episodes) {
        return all(data, episodes);
    }

    /**
     * Stratifies by the child's age band ({@link Stratifier#ageBand}) on the episode's date.
     *
     * @param date the episode's date the age is taken on (the referral date, the plan's start)
     */
    public static <T> Stratifier<EpisodeOf<T>> ageBand(Function<T, LocalDate> date) {
        return new Stratifier<>("age-band", "Age band",
                s -> Stratifier.ageBand(s.child().ageOn(date.apply(s.episode()))));
    }

    /** Stratifies by one of the child's characteristics ({@code gender}, {@code ethnicity}, {@code disability}). */
    public static <T> Stratifier<EpisodeOf<T>> characteristic(String key) {
        return new Stratifier<>(key, key, s -> s.child().characteristics().get(key));
    }

    private static <T> List<EpisodeOf<T>> all(CoreData data, Function<ChildEpisodes, List<T>> episodes) {
        List<EpisodeOf<T>> out = new ArrayList<>();
        for (ChildEpisodes c : data.children()) {
            for (T e : episodes.apply(c)) {
                out.add(new EpisodeOf<>(c, e));
            }
        }
        return out;
    }
}
