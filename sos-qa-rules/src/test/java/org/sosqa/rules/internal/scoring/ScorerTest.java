package org.sosqa.rules.internal.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sosqa.rules.DomainScore;
import org.sosqa.rules.Finding;
import org.sosqa.rules.Grade;
import org.sosqa.rules.GradeLimit;

class ScorerTest {

    /** Two domains: A (weight 2) with criteria a1 (weight 1) and a2 (weight 3); B (weight 1) with b1. */
    private static final Instrument SMALL = new Instrument("t", "1", "test", "", 
            new Instrument.RatingScale(0, 3, List.of("0", "1", "2", "3"), List.of(
                    new Instrument.RatingScale.Step(3, 1.0), new Instrument.RatingScale.Step(2, 0.5),
                    new Instrument.RatingScale.Step(1, 0.0001), new Instrument.RatingScale.Step(0, 0.0))),
            List.of(new Instrument.GradeBoundary(Grade.OUTSTANDING, 8.0), new Instrument.GradeBoundary(Grade.GOOD, 6.5),
                    new Instrument.GradeBoundary(Grade.REQUIRES_IMPROVEMENT, 4.0),
                    new Instrument.GradeBoundary(Grade.INADEQUATE, 0.0)),
            List.of(new Instrument.Domain("A", "A", 2, List.of(
                            new Instrument.Criterion("a1", "", 1, ""), new Instrument.Criterion("a2", "", 3, ""))),
                    new Instrument.Domain("B", "B", 1, List.of(new Instrument.Criterion("b1", "", 1, "")))));

    private static List<Finding> findings(String criterion, int met, int notMet) {
        List<Finding> list = new ArrayList<>();
        for (int i = 0; i < met; i++) {
            list.add(new Finding("r", criterion, true, "", null, ""));
        }
        for (int i = 0; i < notMet; i++) {
            list.add(new Finding("r", criterion, false, "", null, ""));
        }
        return list;
    }

    @Test
    void worksTheArithmeticOfTheInstrumentDoc() {
        List<Finding> all = new ArrayList<>();
        all.addAll(findings("a1", 1, 1));   // share 0.5 -> rating 2
        all.addAll(findings("a2", 2, 0));   // share 1 -> rating 3
        all.addAll(findings("b1", 1, 3));   // share 0.25 -> rating 1
        Scorer.Score score = new Scorer(SMALL).score(all, List.of(), Map.of("a1", 3));

        DomainScore a = score.domains().get(0);
        assertEquals(2, a.criteria().get(0).rating());
        assertEquals(3, a.criteria().get(0).auditorRating());
        assertEquals(3, a.criteria().get(1).rating());
        // (1*2 + 3*3) / 4 = 2.75 of 3 -> 9.1666.. -> 9.17
        assertEquals(9.17, a.score());
        // 1 of 3 -> 3.33
        assertEquals(3.33, score.domains().get(1).score());
        // (2*9.17 + 1*3.33) / 3 = 7.2233.. -> 7.22
        assertEquals(7.22, score.overall());
        assertEquals(Grade.GOOD, score.grade());
    }

    @Test
    void aCriterionWithNoChecksIsNotApplicableAndLeftOut() {
        Scorer.Score score = new Scorer(SMALL).score(findings("a1", 0, 2), List.of(), Map.of());
        assertNull(score.domains().get(0).criteria().get(1).rating());
        assertFalse(score.domains().get(0).criteria().get(1).applicable());
        assertEquals(0.0, score.domains().get(0).score());
        assertNull(score.domains().get(1).score(), "no criterion of B applied");
        assertEquals(0.0, score.overall());
        assertEquals(Grade.INADEQUATE, score.grade());
    }

    @Test
    void aLimitCapsTheGradeButNotTheScore() {
        List<Finding> all = new ArrayList<>(findings("a1", 3, 0));
        all.addAll(findings("a2", 3, 0));
        all.addAll(findings("b1", 3, 0));
        Scorer scorer = new Scorer(SMALL);
        assertEquals(Grade.OUTSTANDING, scorer.score(all, List.of(), Map.of()).grade());
        Scorer.Score limited = scorer.score(all,
                List.of(new GradeLimit("limit", Grade.REQUIRES_IMPROVEMENT, "", "")), Map.of());
        assertEquals(10.0, limited.overall());
        assertEquals(Grade.REQUIRES_IMPROVEMENT, limited.grade());
    }

    @Test
    void gradeBoundariesAreInclusive() {
        // b1 only: a share giving exactly rating 2 of 3 -> 6.67 (GOOD); rating 1 -> 3.33 (INADEQUATE)
        Scorer scorer = new Scorer(SMALL);
        assertEquals(Grade.GOOD, scorer.score(findings("b1", 1, 1), List.of(), Map.of()).grade());
        assertEquals(Grade.INADEQUATE, scorer.score(findings("b1", 1, 2), List.of(), Map.of()).grade());
    }

    @Test
    void theDefaultInstrumentIsValidAndScoresEveryCriterion() {
        Instrument instrument = InstrumentLoader.defaultInstrument();
        assertTrue(InstrumentLoader.problems(instrument).isEmpty());
        List<Finding> allMet = new ArrayList<>();
        instrument.domains().forEach(d -> d.criteria().forEach(c -> allMet.addAll(findings(c.id(), 1, 0))));
        Scorer.Score score = new Scorer(instrument).score(allMet, List.of(), Map.of());
        assertEquals(10.0, score.overall());
        assertEquals(Grade.OUTSTANDING, score.grade());
    }

    @Test
    void anInstrumentWithDuplicateIdsAndNoFloorIsRefused() {
        Instrument bad = new Instrument("t", "1", "", "", SMALL.ratingScale(),
                List.of(new Instrument.GradeBoundary(Grade.GOOD, 5)),
                List.of(new Instrument.Domain("A", "", 1, List.of(new Instrument.Criterion("x", "", 1, ""),
                        new Instrument.Criterion("x", "", 1, "")))));
        List<String> problems = InstrumentLoader.problems(bad);
        assertTrue(problems.stream().anyMatch(p -> p.contains("'x' is used twice")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("minScore 0")), problems.toString());
    }
}
