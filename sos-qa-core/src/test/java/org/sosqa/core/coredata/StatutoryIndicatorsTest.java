package org.sosqa.core.coredata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sosqa.core.CaseEvent;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.Child;
import org.sosqa.core.EventType;
import org.sosqa.core.ServiceStage;
import org.sosqa.core.coredata.Episodes.Assessment;
import org.sosqa.core.coredata.Episodes.LookedAfter;
import org.sosqa.core.coredata.Episodes.ProtectionPlan;
import org.sosqa.core.coredata.Episodes.Referral;
import org.sosqa.core.coredata.Episodes.Section47;
import org.sosqa.core.coredata.StatutoryIndicators.DurationBand;

class StatutoryIndicatorsTest {

    private static final WorkingDayCalendar ENGLAND = WorkingDayCalendar.englandAndWales();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static ChildEpisodes referred(String id, String... dates) {
        List<Referral> referrals = new ArrayList<>();
        for (String date : dates) {
            referrals.add(new Referral(d(date), id));
        }
        return new ChildEpisodes(id, null, referrals, List.of(), List.of(), List.of(), List.of());
    }

    private static boolean rereferral(ChildEpisodes child, String date) {
        Referral r = child.referrals().stream().filter(x -> x.date().equals(d(date))).findFirst().orElseThrow();
        return StatutoryIndicators.isRereferral(new EpisodeOf<>(child, r));
    }

    @Test
    void reReferralAtExactlyTwelveMonthsCountsAndADayLaterDoesNot() {
        // 2024-06-15 minus 12 months is 2023-06-15: a previous referral on that day is within 12 months.
        assertTrue(rereferral(referred("a", "2023-06-15", "2024-06-15"), "2024-06-15"));
        // 2023-06-14 is the day before that boundary: 12 months and a day, not a re-referral.
        assertFalse(rereferral(referred("b", "2023-06-14", "2024-06-15"), "2024-06-15"));
    }

    @Test
    void reReferralsAroundTwentyNinthFebruary() {
        // 2025-02-28 minus 12 months is 2024-02-28; 2024-02-29 is on or after it: a re-referral.
        assertTrue(rereferral(referred("c", "2024-02-29", "2025-02-28"), "2025-02-28"));
        // 2025-03-01 minus 12 months is 2024-03-01; 2024-02-29 is before it: not a re-referral.
        assertFalse(rereferral(referred("d", "2024-02-29", "2025-03-01"), "2025-03-01"));
        // 2024-02-29 minus 12 months is 2023-02-28 (no 29th): a referral on 2023-02-28 is within.
        assertTrue(rereferral(referred("f", "2023-02-28", "2024-02-29"), "2024-02-29"));
        assertFalse(rereferral(referred("g", "2023-02-27", "2024-02-29"), "2024-02-29"));
    }

    @Test
    void twoReferralsOnTheSameDayAreOneReferralAndNoReReferral() {
        ChildBuilder b = new ChildBuilder("e");
        b.referrals.add(new Referral(d("2024-09-10"), "x:1"));
        b.referrals.add(new Referral(d("2024-09-10"), "x:9"));
        List<DataProblem> problems = new ArrayList<>();
        ChildEpisodes e = b.build(problems);
        assertEquals(1, e.referrals().size());
        assertEquals(List.of("x:9"), problems.stream().map(DataProblem::location).toList());
        assertFalse(rereferral(e, "2024-09-10"));
    }

    /** The worked examples above as one year: 2025 (1 April 2024 to 31 March 2025). */
    @Test
    void reReferralRateForTheYear() {
        CoreData data = new CoreData(List.of(
                referred("a", "2023-06-15", "2024-06-15"), // in year: 1, re-referral
                referred("b", "2023-06-14", "2024-06-15"), // 1, no
                referred("c", "2024-02-29", "2025-02-28"), // 2024-02-29 is in year 2024; 2025-02-28: 1, yes
                referred("d", "2024-02-29", "2025-03-01"), // 1, no
                referred("e", "2024-09-10")), List.of()); // 1, no
        Map<String, Indicator> i = byId(StatutoryIndicators.compute(data, new CollectionYear(2025), ENGLAND, null));
        assertEquals(5, i.get("referrals").numerator());
        assertEquals(2, i.get("rereferrals-12m").numerator());
        assertEquals(new BigDecimal("40.0"), i.get("rereferral-rate").value());
    }

    /**
     * Referral Thu 2024-03-28, before Easter: the 45th working day is Wed 2024-06-05 (worked in
     * WorkingDayCalendarTest), so an assessment authorised that day is in time and one authorised on
     * Thu 2024-06-06 (46th) is late. Both are completed in year 2025 (from 1 April 2024).
     */
    @Test
    void assessmentOnThe45thWorkingDayAcrossEasterIsInTime() {
        ChildEpisodes onTime = new ChildEpisodes("a", null, List.of(new Referral(d("2024-03-28"), "")),
                List.of(new Assessment(d("2024-03-28"), d("2024-03-28"), d("2024-06-05"), "")), List.of(), List.of(),
                List.of());
        ChildEpisodes late = new ChildEpisodes("b", null, List.of(new Referral(d("2024-03-28"), "")),
                List.of(new Assessment(d("2024-03-28"), d("2024-03-28"), d("2024-06-06"), "")), List.of(), List.of(),
                List.of());
        Indicator rate = byId(StatutoryIndicators.compute(new CoreData(List.of(onTime, late), List.of()),
                new CollectionYear(2025), ENGLAND, null)).get("assessments-within-45wd-rate");
        assertEquals(1, rate.numerator());
        assertEquals(2L, rate.denominator());
        assertEquals(new BigDecimal("50.0"), rate.value());
        // with weekends only, 2024-06-05 is the 49th working day: both late
        Indicator naive = byId(StatutoryIndicators.compute(new CoreData(List.of(onTime, late), List.of()),
                new CollectionYear(2025), WorkingDayCalendar.weekendsOnly(), null)).get("assessments-within-45wd-rate");
        assertEquals(0, naive.numerator());
    }

    /**
     * S47 start Wed 2023-05-03. Thu 4 = 1, Fri 5 = 2, Mon 8 May is the coronation holiday, 9-12 = 3-6,
     * 15-19 = 7-11, Mon 22 = 12, Tue 23 = 13, Wed 24 = 14, Thu 25 = 15, Fri 26 = 16.
     */
    @Test
    void icpcOnThe15thWorkingDayIsInTimeAndOnThe16thLate() {
        assertEquals(15, ENGLAND.workingDaysBetween(d("2023-05-03"), d("2023-05-25")));
        ChildEpisodes c = new ChildEpisodes("a", null, List.of(), List.of(),
                List.of(new Section47(d("2023-05-03"), d("2023-05-25"), ""),
                        new Section47(d("2023-05-03"), d("2023-05-26"), ""),
                        new Section47(d("2023-05-04"), null, "")), List.of(), List.of());
        Indicator rate = byId(StatutoryIndicators.compute(new CoreData(List.of(c), List.of()),
                new CollectionYear(2024), ENGLAND, null)).get("icpc-within-15wd-rate");
        assertEquals(1, rate.numerator());
        assertEquals(2L, rate.denominator(), "an enquiry with no conference is not counted");
    }

    @Test
    void durationBandsAtTheirBoundaries() {
        // start 2023-01-31 plus 3 months is 2023-04-30
        assertEquals(DurationBand.UP_TO_3_MONTHS, DurationBand.of(d("2023-01-31"), d("2023-04-30")));
        assertEquals(DurationBand.OVER_3_TO_6_MONTHS, DurationBand.of(d("2023-01-31"), d("2023-05-01")));
        assertEquals(DurationBand.OVER_3_TO_6_MONTHS, DurationBand.of(d("2023-01-31"), d("2023-07-31")));
        assertEquals(DurationBand.OVER_6_MONTHS_UNDER_1_YEAR, DurationBand.of(d("2023-01-31"), d("2023-08-01")));
        assertEquals(DurationBand.OVER_6_MONTHS_UNDER_1_YEAR, DurationBand.of(d("2022-06-01"), d("2023-05-31")));
        assertEquals(DurationBand.ONE_TO_UNDER_2_YEARS, DurationBand.of(d("2022-06-01"), d("2023-06-01")));
        assertEquals(DurationBand.ONE_TO_UNDER_2_YEARS, DurationBand.of(d("2021-06-01"), d("2023-05-31")));
        assertEquals(DurationBand.TWO_YEARS_OR_MORE, DurationBand.of(d("2021-06-01"), d("2023-06-01")));
    }

    @Test
    void plansOpenTwoYearsAt31MarchAndSubsequentPlans() {
        ChildEpisodes twoYears = new ChildEpisodes("a", null, List.of(), List.of(), List.of(),
                List.of(new ProtectionPlan(d("2022-03-31"), null, 0, "")), List.of());
        ChildEpisodes dayShort = new ChildEpisodes("b", null, List.of(), List.of(), List.of(),
                List.of(new ProtectionPlan(d("2022-04-01"), null, 0, "")), List.of());
        // previous plan ended 2021-08-01, exactly two years before 2023-08-01: within two years
        ChildEpisodes again = new ChildEpisodes("c", null, List.of(), List.of(), List.of(),
                List.of(new ProtectionPlan(d("2020-01-01"), d("2021-08-01"), 0, ""),
                        new ProtectionPlan(d("2023-08-01"), null, null, "")), List.of());
        // previous plan ended 2021-07-31: more than two years: subsequent ever, not within two years
        ChildEpisodes longAgo = new ChildEpisodes("d", null, List.of(), List.of(), List.of(),
                List.of(new ProtectionPlan(d("2020-01-01"), d("2021-07-31"), 0, ""),
                        new ProtectionPlan(d("2023-08-01"), d("2023-09-01"), null, "")), List.of());
        Map<String, Indicator> i = byId(StatutoryIndicators.compute(
                new CoreData(List.of(twoYears, dayShort, again, longAgo), List.of()), new CollectionYear(2024),
                ENGLAND, null));
        assertEquals(1, i.get("cpp-open-2y-plus-rate").numerator());
        assertEquals(3L, i.get("cpp-open-2y-plus-rate").denominator()); // a, b, c (d ended)
        assertEquals(2, i.get("cpp-starts").numerator());
        assertEquals(2, i.get("cpp-subsequent-rate").numerator());
        assertEquals(1, i.get("cpp-subsequent-2y-rate").numerator());
        assertEquals(new BigDecimal("50.0"), i.get("cpp-subsequent-2y-rate").value());
        assertEquals(1, i.get("cpp-duration-3m-or-less").numerator());
    }

    /** 1 in 16 is 6.25%: half-up gives 6.3 (half-even would give 6.2). */
    @Test
    void percentagesRoundHalfUpToOneDecimalPlace() {
        List<ChildEpisodes> children = new ArrayList<>();
        children.add(referred("r", "2023-05-01", "2023-06-01"));
        for (int n = 0; n < 14; n++) {
            children.add(referred("c" + n, "2023-07-01"));
        }
        Indicator rate = byId(StatutoryIndicators.compute(new CoreData(children, List.of()), new CollectionYear(2024),
                ENGLAND, null)).get("rereferral-rate");
        assertEquals(16L, rate.denominator());
        assertEquals(new BigDecimal("6.3"), rate.value());
    }

    @Test
    void lookedAfterPer10000WithASuppliedPopulation() {
        ChildEpisodes in = new ChildEpisodes("a", null, List.of(), List.of(), List.of(), List.of(),
                List.of(new LookedAfter(d("2023-01-01"), null, "")));
        ChildEpisodes left = new ChildEpisodes("b", null, List.of(), List.of(), List.of(), List.of(),
                List.of(new LookedAfter(d("2023-01-01"), d("2024-03-31"), "")));
        CoreData data = new CoreData(List.of(in, left), List.of());
        // 1 looked after at 31 March in a population of 150: 66.67 per 10,000 -> 67
        Indicator rate = StatutoryIndicators.compute(data, new CollectionYear(2024), ENGLAND, 150L)
                .indicator("cla-per-10000").orElseThrow();
        assertEquals(1, rate.numerator());
        assertEquals(new BigDecimal("67"), rate.value());
        assertTrue(StatutoryIndicators.compute(data, new CollectionYear(2024), ENGLAND, null)
                .indicator("cla-per-10000").isEmpty());
    }

    @Test
    void episodesFromCaseEvents() {
        CaseRecord record = new CaseRecord("case-1", "org", "team", "worker", ServiceStage.CHILD_PROTECTION,
                d("2023-05-01"), null, List.of(new Child("k1", 2015, null, Map.of())), List.of(), List.of(),
                List.of(new CaseEvent(EventType.REFERRAL, d("2023-05-02"), "k1"),
                        new CaseEvent(EventType.ASSESSMENT_START, d("2023-05-03"), "k1"),
                        new CaseEvent(EventType.ASSESSMENT_AUTHORISED, d("2023-07-04"), "k1"),
                        new CaseEvent(EventType.SECTION_47_START, d("2023-05-03"), "k1"),
                        new CaseEvent(EventType.INITIAL_CP_CONFERENCE, d("2023-05-25"), "k1"),
                        new CaseEvent(EventType.CP_PLAN_START, d("2023-05-25"), "k1"),
                        new CaseEvent(EventType.CP_PLAN_END, d("2023-06-30"), "k1"),
                        new CaseEvent(EventType.CP_PLAN_END, d("2023-07-30"), "k1"),
                        new CaseEvent(EventType.CLOSURE, d("2023-08-01"), null)),
                List.of());
        CoreData data = CaseEventEpisodes.from(List.of(record));
        assertEquals(1, data.children().size());
        assertEquals(List.of("case-1/events/7"), data.problems().stream().map(DataProblem::location).toList());
        Map<String, Indicator> i = byId(StatutoryIndicators.compute(data, new CollectionYear(2024), ENGLAND, null));
        assertEquals(1, i.get("assessments-within-45wd-rate").numerator()); // 43 working days (see README)
        assertEquals(1, i.get("icpc-within-15wd-rate").numerator());
        assertEquals(1, i.get("cpp-duration-3m-or-less").numerator());
    }

    /** Seeded: for any episodes, every rate's numerator is within its denominator and a value is defined iff it has one. */
    @Test
    void numeratorNeverExceedsDenominator() {
        Random random = new Random(31L);
        LocalDate base = d("2021-01-01");
        for (int run = 0; run < 200; run++) {
            List<ChildEpisodes> children = new ArrayList<>();
            for (int c = 0; c < 1 + random.nextInt(15); c++) {
                List<Referral> refs = new ArrayList<>();
                List<Assessment> as = new ArrayList<>();
                List<Section47> s47 = new ArrayList<>();
                List<ProtectionPlan> plans = new ArrayList<>();
                for (int k = random.nextInt(4); k > 0; k--) {
                    LocalDate r = base.plusDays(random.nextInt(1400));
                    refs.add(new Referral(r, ""));
                    as.add(new Assessment(r, r, random.nextBoolean() ? null : r.plusDays(random.nextInt(120)), ""));
                    LocalDate s = r.plusDays(random.nextInt(30));
                    s47.add(new Section47(s, random.nextBoolean() ? null : s.plusDays(random.nextInt(40)), ""));
                    LocalDate p = s.plusDays(random.nextInt(40));
                    plans.add(new ProtectionPlan(p, random.nextBoolean() ? null : p.plusDays(random.nextInt(900)),
                            random.nextInt(3), ""));
                }
                List<DataProblem> problems = new ArrayList<>();
                ChildBuilder b = new ChildBuilder("c" + c);
                b.referrals.addAll(refs);
                b.assessments.addAll(as);
                b.section47s.addAll(s47);
                b.plans.addAll(plans);
                children.add(b.build(problems));
            }
            IndicatorReport report = StatutoryIndicators.compute(new CoreData(children, List.of()),
                    new CollectionYear(2023), ENGLAND, null);
            long bandTotal = 0;
            for (Indicator i : report.indicators()) {
                if (i.denominator() != null) {
                    assertTrue(i.numerator() <= i.denominator(), "run " + run + " " + i);
                    if (!i.id().equals("rereferrals-12m")) { // a count out of referrals, not a rate
                        assertEquals(i.denominator() == 0, i.value() == null, "run " + run + " " + i);
                    }
                }
                if (i.id().startsWith("cpp-duration")) {
                    bandTotal += i.numerator();
                }
            }
            assertEquals(report.indicator("cpp-ended").orElseThrow().numerator(), bandTotal,
                    "run " + run + ": the duration bands add up to the plans ended");
        }
    }

    private static Map<String, Indicator> byId(IndicatorReport report) {
        return report.indicators().stream().collect(Collectors.toMap(Indicator::id, i -> i));
    }

    @Test
    void emptyDataGivesZeroCountsAndNoRates() {
        Map<String, Indicator> i = byId(StatutoryIndicators.compute(new CoreData(List.of(), List.of()),
                new CollectionYear(2024), ENGLAND, null));
        assertEquals(0, i.get("referrals").numerator());
        assertNull(i.get("rereferral-rate").value());
    }
}
