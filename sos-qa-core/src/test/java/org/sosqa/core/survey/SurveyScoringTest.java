package org.sosqa.core.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sosqa.core.measure.ShownStratum;

/** Scores worked out by hand: see the comment on {@link SurveyFixtures#RESPONSES}. */
class SurveyScoringTest {

    private final SurveyInstrument instrument = SurveyFixtures.instrument();
    private final ResponseBatch batch = SurveyResponses.read(SurveyFixtures.RESPONSES, "r.json", instrument);

    private SurveyResponse response(String id) {
        return batch.responses().stream().filter(r -> r.respondentId().equals(id)).findFirst().orElseThrow();
    }

    private static ShownStratum total(SurveyReport report, String measure) {
        return report.results().stream().filter(r -> r.measureId().equals(measure)).findFirst().orElseThrow()
                .summary().total();
    }

    @Test
    void theFixtureReadsCleanly() {
        assertEquals(List.of(), batch.rejected());
        assertEquals(6, batch.responses().size());
    }

    @Test
    void reverseItemsCountAsSixMinusTheRating() {
        SurveyItem c = instrument.item("c").orElseThrow();
        assertEquals(5, SurveyScoring.itemScore(c, response("r1")));
        assertEquals(1, SurveyScoring.itemScore(c, response("r5")));
        assertTrue(SurveyScoring.agrees(c, response("r1")), "rating 1 on a reverse item is agreeing");
        assertTrue(SurveyScoring.agrees(c, response("r2")), "rating 2 reversed is 4, the threshold");
        assertFalse(SurveyScoring.agrees(c, response("r3")), "rating 3 is neutral either way");
    }

    @Test
    void scaleScoresByHand() {
        List<SurveyItem> s = instrument.itemsOf("s");
        assertEquals(0, new BigDecimal("87.5").compareTo(SurveyScoring.scaleScore(s, response("r1"))));
        assertEquals(0, new BigDecimal("68.75").compareTo(SurveyScoring.scaleScore(s, response("r2"))));
        assertEquals(0, new BigDecimal("62.5").compareTo(SurveyScoring.scaleScore(s, response("r3"))),
                "two of four items answered is enough, and the missing ones are left out, not zero");
        assertNull(SurveyScoring.scaleScore(s, response("r4")), "one of four answered is not enough");
        assertEquals(0, new BigDecimal("75").compareTo(SurveyScoring.scaleScore(s, response("r6"))));
        assertTrue(SurveyScoring.agreesWithScale(s, response("r6")), "a mean of exactly 4 agrees");
        assertFalse(SurveyScoring.agreesWithScale(s, response("r2")), "a mean of 3.75 does not");
    }

    @Test
    void halfTheItemsRoundedUpAreNeeded() {
        assertEquals(1, SurveyScoring.needed(1));
        assertEquals(1, SurveyScoring.needed(2));
        assertEquals(2, SurveyScoring.needed(3));
        assertEquals(2, SurveyScoring.needed(4));
        assertEquals(3, SurveyScoring.needed(5));
        assertEquals(4, SurveyScoring.needed(7));
    }

    @Test
    void theReportByHand() {
        SurveyReport report = SurveyScorer.score(instrument, batch.responses(), List.of());
        assertEquals(6L, report.respondents().total().denominator().value());
        ShownStratum score = total(report, "scale.s.score");
        // r1 87.5 + r2 68.75 + r3 62.5 + r5 37.5 + r6 75 = 331.25 over 5 = 66.25, half-up 66.3
        assertEquals(5L, score.denominator().value());
        assertEquals(new BigDecimal("66.3"), score.value());
        ShownStratum agreeing = total(report, "scale.s.agreeing");
        assertEquals(2L, agreeing.numerator().value(), "r1 and r6");
        assertEquals(new BigDecimal("40.0"), agreeing.value());
        ShownStratum a = total(report, "item.a.agreeing");
        assertEquals(new BigDecimal("83.3"), a.value(), "5 of 6 rated 4 or 5");
        ShownStratum c = total(report, "item.c.agreeing");
        assertEquals(5L, c.denominator().value());
        assertEquals(new BigDecimal("60.0"), c.value(), "reversed 5,4,3,1,4: 3 of 5");
        ShownStratum b = total(report, "item.b.agreeing");
        assertTrue(b.valueSuppressed(), "only 4 answered b: suppressed though 6 responded");
        assertNull(b.denominator().value());
        assertNull(b.value());
        ShownStratum z = total(report, "item.z.mean");
        assertEquals(new BigDecimal("5.8"), z.value(), "7+3+8+5+6 = 29 over 5");
        ShownStratum y = total(report, "item.y.yes");
        assertEquals(new BigDecimal("66.7"), y.value(), "4 of 6");
        assertEquals(List.of(new FreeTextCount("w", new org.sosqa.core.measure.ShownCount(2L))), report.freeText(),
                "a blank answer is not an answer");
    }

    @Test
    void teamsBelowFiveAreSuppressedNeverZero() {
        SurveyReport report = SurveyScorer.score(instrument, batch.responses(), List.of(SurveyMeasures.BY_TEAM));
        Map<String, List<ShownStratum>> strata = report.results().get(0).summary().stratifiers();
        for (ShownStratum s : strata.get("team")) {
            // north has 5 respondents but only 4 scored on s; south has 1
            assertTrue(s.valueSuppressed(), s.stratum());
            assertNull(s.value());
            assertNull(s.denominator().value());
            assertEquals("suppressed", s.denominator().toString());
        }
        List<ShownStratum> respondents = report.respondents().stratifiers().get("team");
        assertTrue(respondents.stream().allMatch(s -> s.denominator().suppressed()),
                "north (5) is hidden too: otherwise south's 1 = 6 - 5");
    }

    @Test
    void aThresholdBelowFiveIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SurveyScorer.score(instrument, batch.responses(), List.of(), 4));
    }
}
