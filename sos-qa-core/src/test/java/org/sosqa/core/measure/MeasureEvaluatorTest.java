package org.sosqa.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MeasureEvaluatorTest {

    record Case(String id, String team, boolean open, boolean closedFirstWeek, boolean hasMap, Integer days) {
    }

    static final Measure<Case> HAS_MAP = Measure.<Case>proportion("breadth.map", "Current map",
                    "Open cases with a current map", ImprovementNotation.INCREASE,
                    Criterion.always("a case"), new Criterion<>("open", Case::open),
                    new Criterion<>("has a current map", Case::hasMap))
            .withExclusion(new Criterion<>("closed in its first week", Case::closedFirstWeek))
            .withStratifiers(new Stratifier<>("team", "Team", Case::team));

    static final List<Case> CASES = List.of(
            new Case("c1", "a", true, false, true, 3),
            new Case("c2", "a", true, false, false, 5),
            new Case("c3", "b", true, false, true, null),
            new Case("c4", "b", false, false, true, 9),
            new Case("c5", null, true, true, false, 1));

    @Test
    void sortsSubjectsIntoPopulationsAndExplainsWhy() {
        MeasureReport report = MeasureEvaluator.evaluate(HAS_MAP, CASES, Case::id);
        // c1..c5 in IP; c4 closed so not in denominator; c5 excluded; numerator c1, c3 of c1,c2,c3.
        assertEquals(List.of("c1", "c2", "c3", "c4", "c5"), report.subjects(Population.INITIAL_POPULATION));
        assertEquals(List.of("c1", "c2", "c3", "c5"), report.subjects(Population.DENOMINATOR));
        assertEquals(List.of("c5"), report.subjects(Population.DENOMINATOR_EXCLUSION));
        assertEquals(List.of("c1", "c3"), report.subjects(Population.NUMERATOR));
        assertEquals(new PopulationCounts(5, 4, 1, 2), report.summary().total().counts());
        // 2 / 3 = 66.666.. -> 66.7
        assertEquals(new BigDecimal("66.7"), report.summary().total().value());

        IndividualReport c2 = report.individuals().get(1);
        assertFalse(c2.in(Population.NUMERATOR));
        assertEquals("not: has a current map", c2.populations().get(3).reason());
        IndividualReport c4 = report.individuals().get(3);
        assertEquals("not: open", c4.populations().get(1).reason());
        assertTrue(c4.populations().get(3).reason().startsWith("not considered"));
    }

    @Test
    void stratifiesWithUnknownForMissingValues() {
        StratifierReport team = MeasureEvaluator.evaluate(HAS_MAP, CASES, Case::id).summary().stratifiers().get(0);
        assertEquals(List.of("a", "b", "unknown"), team.strata().stream().map(StratumReport::stratum).toList());
        assertEquals(new BigDecimal("50.0"), team.strata().get(0).value());
        assertEquals(new BigDecimal("100.0"), team.strata().get(1).value());
        assertNull(team.strata().get(2).value(), "c5 is excluded, so the unknown stratum has no denominator");
    }

    @Test
    void continuousVariableIsTheMeanOfObservations() {
        Measure<Case> days = new Measure<>("days", "Days", "Mean days", Scoring.CONTINUOUS_VARIABLE,
                ImprovementNotation.DECREASE, Criterion.always("a case"), new Criterion<>("open", Case::open),
                Criterion.never("none"), Criterion.never("none"),
                c -> c.days() == null ? null : BigDecimal.valueOf(c.days()), BigDecimal.ONE, 1, List.of());
        // open with days: c1 3, c2 5, c5 1 (c3 has none) -> 9 / 3 = 3.0
        assertEquals(new BigDecimal("3.0"), MeasureEvaluator.evaluate(days, CASES, Case::id).summary().total().value());
    }

    @Test
    void ratioDrawsItsNumeratorFromTheInitialPopulation() {
        // maps per open case, per 10,000: maps on c1, c3, c4 (c4 is closed but in the initial population)
        // over 4 open cases = 7500
        Measure<Case> ratio = new Measure<>("ratio", "Maps per open case", "A ratio", Scoring.RATIO,
                ImprovementNotation.INCREASE, Criterion.always("a case"), new Criterion<>("open", Case::open),
                Criterion.never("none"), new Criterion<>("has a map", Case::hasMap), null,
                BigDecimal.valueOf(10_000), 0, List.of());
        MeasureReport report = MeasureEvaluator.evaluate(ratio, CASES, Case::id);
        assertEquals(List.of("c1", "c3", "c4"), report.subjects(Population.NUMERATOR));
        assertEquals(new BigDecimal("7500"), report.summary().total().value());
    }

    @Test
    void ageBandsFollowTheDfeBands() {
        assertEquals("under-1", Stratifier.ageBand(0));
        assertEquals("1-4", Stratifier.ageBand(4));
        assertEquals("5-9", Stratifier.ageBand(5));
        assertEquals("10-15", Stratifier.ageBand(15));
        assertEquals("16-17", Stratifier.ageBand(17));
        assertEquals("18-plus", Stratifier.ageBand(18));
        assertEquals("unknown", Stratifier.ageBand(-1));
    }

    /** Seeded: numerator never exceeds the denominator after exclusions, and strata add up to the total. */
    @Test
    void propertiesNumeratorWithinDenominatorAndStrataAddUp() {
        Random random = new Random(20260401L);
        for (int run = 0; run < 300; run++) {
            List<Case> cases = new ArrayList<>();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                cases.add(new Case("c" + i, random.nextInt(5) == 0 ? null : "t" + random.nextInt(4),
                        random.nextBoolean(), random.nextInt(6) == 0, random.nextBoolean(), random.nextInt(50)));
            }
            SummaryReport summary = MeasureEvaluator.evaluate(HAS_MAP, cases, Case::id).summary();
            PopulationCounts total = summary.total().counts();
            String seed = "run " + run;
            assertTrue(total.numerator() <= total.effectiveDenominator(), seed);
            assertTrue(total.denominator() <= total.initialPopulation(), seed);
            for (StratifierReport s : summary.stratifiers()) {
                long ip = 0;
                long den = 0;
                long excl = 0;
                long num = 0;
                for (StratumReport r : s.strata()) {
                    assertTrue(r.counts().numerator() <= r.counts().effectiveDenominator(), seed);
                    ip += r.counts().initialPopulation();
                    den += r.counts().denominator();
                    excl += r.counts().denominatorExclusion();
                    num += r.counts().numerator();
                }
                assertEquals(total, new PopulationCounts(ip, den, excl, num), seed);
            }
        }
    }
}
