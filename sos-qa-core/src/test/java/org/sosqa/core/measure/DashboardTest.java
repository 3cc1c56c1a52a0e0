package org.sosqa.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.SampleCase;
import org.sosqa.core.testing.CaseGenerator;

class DashboardTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Map<String, SummaryReport> byId(List<SummaryReport> point) {
        return point.stream().collect(Collectors.toMap(SummaryReport::measureId, s -> s));
    }

    private static long num(Map<String, SummaryReport> point, String id) {
        return point.get(id).total().counts().numerator();
    }

    /**
     * The sample case month by month, worked from its document: opened 2026-02-24; map version 1 dated
     * 2026-03-10 (one danger statement with a scale rated once, no safety plan, one next step with who);
     * version 2 dated 2026-05-12 (plan agreed 2026-04-20, reviewed 2026-05-12, next review 2026-06-09; words
     * and pictures with Amy, born 2019); a family network meeting on 2026-04-20.
     */
    @Test
    void theSampleCaseMonthByMonth() {
        Dashboard dashboard = new Dashboard(MeasureDefinitions.defaults(),
                Interval.MONTH.ends(d("2026-02-01"), d("2026-06-30")), List.of());
        dashboard.add(SampleCase.record());
        List<List<SummaryReport>> s = dashboard.summaries();
        assertEquals(List.of(d("2026-02-28"), d("2026-03-31"), d("2026-04-30"), d("2026-05-31"), d("2026-06-30")),
                dashboard.days());

        Map<String, SummaryReport> feb = byId(s.get(0));
        assertEquals(new PopulationCounts(1, 1, 0, 0), feb.get("breadth.map").total().counts(), "open, no map yet");
        assertNull(feb.get("breadth.map-age-days").total().value());

        Map<String, SummaryReport> mar = byId(s.get(1));
        assertEquals(1, num(mar, "breadth.map"));
        assertEquals(1, num(mar, "breadth.scale-per-danger"));
        assertEquals(1, num(mar, "breadth.next-steps-owned"));
        assertEquals(0, num(mar, "breadth.safety-plan"));
        assertEquals(0, num(mar, "breadth.family-network-meeting"));
        assertEquals(new BigDecimal("21.0"), mar.get("breadth.map-age-days").total().value(), "10 to 31 March");

        Map<String, SummaryReport> apr = byId(s.get(2));
        assertEquals(1, num(apr, "breadth.family-network-meeting"), "held 20 April");
        assertEquals(0, num(apr, "breadth.safety-plan"), "agreed 20 April but recorded only in the May map");
        assertEquals(new BigDecimal("51.0"), apr.get("breadth.map-age-days").total().value(), "21 + 30");

        Map<String, SummaryReport> may = byId(s.get(3));
        assertEquals(1, num(may, "breadth.safety-plan"));
        assertEquals(1, num(may, "breadth.safety-plan-reviewed"), "reviewed 12 May, next review 9 June");
        assertEquals(1, num(may, "breadth.words-and-pictures"));
        assertEquals(new PopulationCounts(1, 1, 0, 1), may.get("breadth.child-voice").total().counts());
        assertEquals(new BigDecimal("19.0"), may.get("breadth.map-age-days").total().value());

        Map<String, SummaryReport> jun = byId(s.get(4));
        assertEquals(0, num(jun, "breadth.safety-plan-reviewed"), "the 9 June review is overdue on 30 June");
        assertEquals(1, num(jun, "breadth.map-recent"), "49 days old");
        assertEquals(new BigDecimal("49.0"), jun.get("breadth.map-age-days").total().value(), "19 + 30");
    }

    /** A case closed on 30 April is open on 31 March and not on 30 June (nor on 30 April itself). */
    @Test
    void quarterEndsAndAClosure() {
        CaseRecord c = SampleCase.record();
        CaseRecord closed = new CaseRecord("closed", c.organisation(), c.team(), c.worker(), c.serviceStage(),
                c.opened(), d("2026-04-30"), c.children(), c.people(), c.assessments(), c.events(), c.audits());
        Dashboard q = new Dashboard(MeasureDefinitions.defaults(), Interval.QUARTER.ends(d("2026-01-01"), d("2026-12-31")),
                List.of("team"));
        q.add(c);
        q.add(closed);
        List<List<SummaryReport>> s = q.summaries();
        assertEquals(List.of(d("2026-03-31"), d("2026-06-30"), d("2026-09-30"), d("2026-12-31")), q.days());
        assertEquals(2, byId(s.get(0)).get("breadth.map").total().counts().initialPopulation());
        assertEquals(1, byId(s.get(1)).get("breadth.map").total().counts().initialPopulation());
        Dashboard onClosing = new Dashboard(MeasureDefinitions.defaults(), List.of(d("2026-04-30")), List.of());
        onClosing.add(closed);
        assertEquals(0, onClosing.summaries().get(0).get(0).total().counts().initialPopulation());
    }

    @Test
    void theCaseViewSaysWhy() {
        List<IndividualReport> view = Dashboard.caseView(MeasureDefinitions.defaults(), SampleCase.record(), d("2026-06-30"));
        IndividualReport reviewed = view.get(10);
        assertFalse(reviewed.in(Population.NUMERATOR));
        assertEquals("not: safety plan current and reviewed in the last 90 days", reviewed.populations().get(3).reason());
        assertTrue(view.get(0).in(Population.NUMERATOR));
        assertEquals("has a map", view.get(0).populations().get(3).reason());
    }

    /**
     * Seeded properties over generated cases, at three days and every roll-up level: the streamed summaries
     * (the dashboard's, and a {@link SummaryAccumulator}'s, each built in two parts and merged) equal the
     * in-memory one; a numerator never exceeds its denominator; each level's strata add up to the
     * organisation; and after suppression no hidden count can be had by subtraction from a shown total.
     */
    @Test
    void propertiesOverGeneratedCases() {
        List<LocalDate> days = List.of(d("2012-06-30"), d("2015-12-31"), d("2020-03-31"));
        for (long seed = 1; seed <= 12; seed++) {
            CaseGenerator generator = new CaseGenerator(seed);
            List<CaseRecord> cases = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                cases.add(generator.nextCase());
            }
            Dashboard streamed = new Dashboard(MeasureDefinitions.defaults(), days, Dashboard.ALL_LEVELS);
            // in two halves merged, as two threads would
            Dashboard second = new Dashboard(MeasureDefinitions.defaults(), days, Dashboard.ALL_LEVELS);
            for (int i = 0; i < cases.size(); i++) {
                (i % 2 == 0 ? streamed : second).add(cases.get(i));
            }
            streamed.merge(second);
            List<List<SummaryReport>> summaries = streamed.summaries();
            int threshold = 2 + (int) (seed % 8);
            DashboardReport shown = streamed.report(threshold);
            for (int di = 0; di < days.size(); di++) {
                for (int mi = 0; mi < MeasureDefinitions.defaults().size(); mi++) {
                    String at = "seed " + seed + ", " + days.get(di) + ", measure " + mi;
                    MeasureDefinition def = MeasureDefinitions.defaults().get(mi);
                    SummaryReport inMemory = MeasureEvaluator.evaluate(def.on(days.get(di), Dashboard.ALL_LEVELS),
                            cases, CaseRecord::id).summary();
                    SummaryReport summary = summaries.get(di).get(mi);
                    assertEquals(inMemory, summary, at);
                    SummaryAccumulator<CaseRecord> one = new SummaryAccumulator<>(def.on(days.get(di), Dashboard.ALL_LEVELS));
                    SummaryAccumulator<CaseRecord> other = new SummaryAccumulator<>(def.on(days.get(di), Dashboard.ALL_LEVELS));
                    for (int i = 0; i < cases.size(); i++) {
                        (i < 100 ? one : other).add(cases.get(i));
                    }
                    one.merge(other);
                    assertEquals(inMemory, one.summary(), at + ": the accumulator");
                    checkCounts(summary.total().counts(), at);
                    for (StratifierReport level : summary.stratifiers()) {
                        long ip = 0;
                        long den = 0;
                        long num = 0;
                        for (StratumReport r : level.strata()) {
                            checkCounts(r.counts(), at);
                            ip += r.counts().initialPopulation();
                            den += r.counts().effectiveDenominator();
                            num += r.counts().numerator();
                        }
                        assertEquals(summary.total().counts().initialPopulation(), ip, at + " strata add up");
                        assertEquals(summary.total().counts().effectiveDenominator(), den, at);
                        assertEquals(summary.total().counts().numerator(), num, at);
                    }
                    checkSuppression(summary, shown.points().get(di).measures().get(mi), threshold, at);
                }
            }
        }
    }

    private static void checkCounts(PopulationCounts c, String at) {
        assertTrue(c.numerator() <= c.effectiveDenominator() || c.numerator() == 0, at + ": " + c);
        assertTrue(c.effectiveDenominator() >= 0 && c.denominator() <= c.initialPopulation(), at + ": " + c);
    }

    /** With the total shown, the hidden strata sum to total - shown: never one of them, never a small sum. */
    private static void checkSuppression(SummaryReport raw, SuppressedSummary shown, int threshold, String at) {
        for (int part = 0; part < 2; part++) {
            boolean numerators = part == 1;
            ShownCount total = numerators ? shown.total().numerator() : shown.total().denominator();
            for (StratifierReport level : raw.stratifiers()) {
                List<ShownStratum> strata = shown.stratifiers().get(level.stratifierId());
                int hidden = 0;
                long hiddenSum = 0;
                for (int i = 0; i < strata.size(); i++) {
                    PopulationCounts c = level.strata().get(i).counts();
                    long value = numerators ? c.numerator() : c.effectiveDenominator();
                    ShownCount s = numerators ? strata.get(i).numerator() : strata.get(i).denominator();
                    if (value > 0 && value < threshold) {
                        assertTrue(s.suppressed(), at + ": a small count is hidden");
                    }
                    if (s.suppressed()) {
                        assertNotEquals(0, value, at + ": a zero is never hidden");
                        hidden++;
                        hiddenSum += value;
                    }
                }
                if (!total.suppressed() && hidden > 0) {
                    assertTrue(hidden >= 2, at + ": one hidden stratum would be total - shown");
                    assertTrue(hiddenSum >= threshold, at + ": the hidden strata together are not a small number");
                }
            }
        }
    }
}
