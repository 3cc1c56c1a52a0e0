package org.sosqa.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sosqa.core.measure.ShownStratum;
import org.sosqa.core.survey.SurveyInstruments;
import org.sosqa.core.survey.SurveyMeasures;
import org.sosqa.core.survey.SurveyReport;
import org.sosqa.core.survey.SurveyResponse;
import org.sosqa.core.survey.SurveyScorer;

class SurveyDemoDataTest {

    private static final List<String> TEAMS = List.of("north", "south", "east", "west");
    private static final List<String> CYCLES = List.of("2025-Q1", "2025-Q3", "2026-Q1");

    @Test
    void theSameSeedGivesTheSameResponsesAndAnotherSeedOthers() {
        assertEquals(SurveyDemoData.family(42, TEAMS, CYCLES), SurveyDemoData.family(42, TEAMS, CYCLES));
        assertNotEquals(SurveyDemoData.staff(42, TEAMS, CYCLES), SurveyDemoData.staff(43, TEAMS, CYCLES));
    }

    @Test
    void theLastTeamIsSmallSomeAnswersAreMissingAndIdsAreUnique() {
        List<SurveyResponse> family = SurveyDemoData.family(42, TEAMS, CYCLES);
        for (String cycle : CYCLES) {
            long west = family.stream().filter(r -> r.team().equals("west") && r.cycle().equals(cycle)).count();
            assertTrue(west >= 2 && west <= 4, "west in " + cycle + ": " + west);
        }
        int items = (int) SurveyInstruments.family().items().stream()
                .filter(i -> i.type() != org.sosqa.core.survey.ResponseType.FREE_TEXT).count();
        assertTrue(family.stream().anyMatch(r -> r.ratings().size() < items), "some answers are missing");
        assertEquals(family.size(), family.stream().map(SurveyResponse::respondentId).distinct().count());
    }

    @Test
    void scoresImproveFromTheFirstCycleToTheLast() {
        for (long seed = 1; seed <= 20; seed++) {
            SurveyReport report = SurveyScorer.score(SurveyInstruments.staff(), SurveyDemoData.staff(seed, TEAMS, CYCLES),
                    List.of(SurveyMeasures.BY_CYCLE));
            List<ShownStratum> cycles = report.results().stream()
                    .filter(r -> r.measureId().equals("scale.tool-confidence.score")).findFirst().orElseThrow()
                    .summary().stratifiers().get("cycle");
            BigDecimal first = cycles.get(0).value();
            BigDecimal last = cycles.get(cycles.size() - 1).value();
            assertTrue(last.compareTo(first) > 0, "seed " + seed + ": " + first + " to " + last);
        }
    }
}
