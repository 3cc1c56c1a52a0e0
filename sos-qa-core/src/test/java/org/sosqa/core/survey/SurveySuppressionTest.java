package org.sosqa.core.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.sosqa.core.measure.Scoring;
import org.sosqa.core.measure.ShownStratum;
import org.sosqa.core.measure.Stratifier;

/** Four respondents are never shown, five are; no hidden group can be recovered by subtraction. */
class SurveySuppressionTest {

    private final SurveyInstrument instrument = SurveyFixtures.instrument();

    private static List<SurveyResponse> group(String team, int n, int rating) {
        List<SurveyResponse> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(SurveyFixtures.uniform(team + "-" + i, team, rating));
        }
        return out;
    }

    @Test
    void fourRespondentsAreSuppressedFiveAreShown() {
        SurveyReport four = SurveyScorer.score(instrument, group("x", 4, 5), List.of());
        assertTrue(four.respondents().total().denominator().suppressed());
        for (SurveyResult r : four.results()) {
            assertTrue(r.summary().total().valueSuppressed(), r.measureId());
            assertNull(r.summary().total().value(), r.measureId());
        }
        SurveyReport five = SurveyScorer.score(instrument, group("x", 5, 5), List.of());
        assertEquals(5L, five.respondents().total().denominator().value());
        SurveyResult score = five.results().get(0);
        assertEquals("scale.s.score", score.measureId());
        assertEquals(new BigDecimal("100.0"), score.summary().total().value(), "all strongly agree: (5-1)x25");
    }

    @Test
    void aSmallTeamTakesTheNextSmallestWithIt() {
        List<SurveyResponse> all = new ArrayList<>(group("a", 6, 4));
        all.addAll(group("b", 7, 4));
        all.addAll(group("c", 3, 2));
        SurveyReport report = SurveyScorer.score(instrument, all, List.of(SurveyMeasures.BY_TEAM));
        List<ShownStratum> teams = report.respondents().stratifiers().get("team");
        assertTrue(teams.get(0).denominator().suppressed(), "a (6), the smallest shown, hides c by subtraction");
        assertEquals(7L, teams.get(1).denominator().value());
        assertTrue(teams.get(2).denominator().suppressed(), "c has 3");
        assertEquals(16L, report.respondents().total().denominator().value());
    }

    /** Over many seeded random organisations: the invariants of suppression. */
    @Test
    void noSmallGroupIsShownNorRecoverable() {
        for (long seed = 1; seed <= 300; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<SurveyResponse> responses = new ArrayList<>();
            int teams = 1 + random.nextInt(6);
            for (int t = 0; t < teams; t++) {
                int n = random.nextInt(12);
                for (int i = 0; i < n; i++) {
                    Map<String, Integer> ratings = new HashMap<>();
                    for (String item : new String[] {"a", "b", "c", "d"}) {
                        if (random.nextInt(5) > 0) {
                            ratings.put(item, 1 + random.nextInt(5));
                        }
                    }
                    if (random.nextBoolean()) {
                        ratings.put("z", random.nextInt(11));
                    }
                    responses.add(new SurveyResponse("t" + t + "r" + i, "team-" + t,
                            "c" + random.nextInt(3), ratings, Map.of()));
                }
            }
            List<Stratifier<SurveyResponse>> by = List.of(SurveyMeasures.BY_TEAM, SurveyMeasures.BY_CYCLE);
            SurveyReport report = SurveyScorer.score(instrument, responses, by);
            String where = "seed " + seed;
            check(report.respondents().total(), report.respondents().stratifiers(), where);
            for (SurveyResult r : report.results()) {
                check(r.summary().total(), r.summary().stratifiers(), where + " " + r.measureId());
                for (String stratifier : List.of("team", "cycle")) {
                    List<ShownStratum> groups = report.respondents().stratifiers().get(stratifier);
                    List<ShownStratum> shown = r.summary().stratifiers().get(stratifier);
                    for (int i = 0; i < groups.size(); i++) {
                        assertTrue(!groups.get(i).valueSuppressed() || shown.get(i).valueSuppressed(),
                                where + ": a group hidden for its respondents is hidden in " + r.measureId());
                    }
                }
                if (r.scoring() == Scoring.PROPORTION && !r.summary().total().valueSuppressed()) {
                    assertTrue(r.summary().total().numerator().value() <= r.summary().total().denominator().value());
                }
            }
            // the same input gives the same report
            assertEquals(report, SurveyScorer.score(instrument, List.copyOf(responses), by), where);
        }
    }

    private static void check(ShownStratum total, Map<String, List<ShownStratum>> strata, String where) {
        shownOnlyIfLargeEnough(total, where);
        for (List<ShownStratum> list : strata.values()) {
            long hidden = list.stream().filter(ShownStratum::valueSuppressed).count();
            if (!total.valueSuppressed()) {
                assertFalse(hidden == 1, where + ": exactly one hidden group could be recovered from the total");
                long shownSum = list.stream().filter(s -> !s.valueSuppressed())
                        .mapToLong(s -> s.denominator().value()).sum();
                long hiddenSum = total.denominator().value() - shownSum;
                assertTrue(hidden == 0 ? hiddenSum == 0 : true, where);
            }
            for (ShownStratum s : list) {
                shownOnlyIfLargeEnough(s, where + " " + s.stratum());
            }
        }
    }

    private static void shownOnlyIfLargeEnough(ShownStratum s, String where) {
        if (s.valueSuppressed()) {
            assertNull(s.value(), where);
            assertNull(s.denominator().value(), where + ": suppressed is never shown as a number");
            assertNull(s.numerator().value(), where);
        } else {
            long n = s.denominator().value();
            assertTrue(n == 0 || n >= SurveyScorer.MINIMUM_GROUP, where + ": a group of " + n + " was shown");
        }
    }
}
