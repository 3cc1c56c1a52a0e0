package org.sosqa.rules.accreditation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sosqa.core.accreditation.CheckedDocument;
import org.sosqa.core.accreditation.AwardLevel;
import org.sosqa.core.accreditation.Evidence;
import org.sosqa.core.accreditation.EvidenceStream;
import org.sosqa.core.accreditation.SelfAssessment;
import org.sosqa.core.accreditation.SelfAssessmentJson;
import org.sosqa.rules.AccreditationEngine;
import org.sosqa.rules.AccreditationResult;
import org.sosqa.rules.CriterionOutcome;

/** The shipped award criteria at and around their thresholds, through the public engine. */
class AccreditationEngineTest {
    private static final AccreditationEngine ENGINE = AccreditationEngine.withDefaultCriteria();

    private static CriterionOutcome criterion(AccreditationResult result, String id) {
        return result.criteria().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no criterion " + id + " in " + result.criteria()));
    }

    @Test
    void everyCriterionAtItsThresholdOverThreeCyclesIsGold() {
        AccreditationResult result = ENGINE.assess(Assessments.atThresholds(3));
        assertEquals(AwardLevel.GOLD, result.level(), result.nextLevel().missing()::toString);
        assertEquals(17, result.criteria().size());
        assertTrue(result.criteria().stream().allMatch(CriterionOutcome::met));
        assertEquals(AwardLevel.GOLD, result.nextLevel().level());
        assertEquals(List.of(), result.nextLevel().missing());
    }

    @Test
    void aLevelThatNeedsTwoCyclesIsRefusedWithOne() {
        AccreditationResult result = ENGINE.assess(Assessments.atThresholds(1));
        assertEquals(AwardLevel.BRONZE, result.level());
        assertEquals(AwardLevel.SILVER, result.nextLevel().level());
        CriterionOutcome depth = criterion(result, "silver.impact.depth");
        assertFalse(depth.met());
        assertEquals(List.of("DEPTH: no measure has values in at least 2 cycles (values in 1 of 1 cycle(s)); impact needs"
                + " the same measure over 2 cycles or more"), depth.missing());
        assertTrue(result.nextLevel().missing().contains("silver.impact.depth: " + depth.missing().get(0)));
        // Nothing of gold is listed as missing for silver.
        assertTrue(result.nextLevel().missing().stream().noneMatch(m -> m.startsWith("gold.")), result.nextLevel().missing()::toString);
    }

    @Test
    void twoCyclesAtThresholdsAreSilverAndGoldNeedsAThird() {
        AccreditationResult result = ENGINE.assess(Assessments.atThresholds(2));
        assertEquals(AwardLevel.SILVER, result.level());
        assertEquals(AwardLevel.GOLD, result.nextLevel().level());
        assertEquals(List.of(
                "gold.core-data-sustained: CORE_DATA: no indicator has values in at least 3 cycles (values in 2 of 2 cycle(s))",
                "gold.sustained.breadth: BREADTH: no measure has values in at least 3 cycles (values in 2 of 2 cycle(s))",
                "gold.sustained.depth: DEPTH: no measure has values in at least 3 cycles (values in 2 of 2 cycle(s))"),
                result.nextLevel().missing());
    }

    @Test
    void aBaselineNeedsTenSubjectsAndNineAreNotEnough() {
        AccreditationResult nine = ENGINE.assess(Assessments.replacing(1, Assessments.value(EvidenceStream.DEPTH, 1, "50", 9)));
        assertEquals(AwardLevel.NONE, nine.level());
        assertEquals(List.of("DEPTH: the latest cycle has 1 measure(s) with a value, the largest from 9 subject(s); a baseline"
                + " needs at least 1 measure(s) with a value, one of them from at least 10 subjects"),
                criterion(nine, "bronze.baseline.depth").missing());
        assertEquals(AwardLevel.BRONZE, nine.nextLevel().level());
        assertEquals(1, nine.nextLevel().missing().size());
        assertEquals(List.of("DEPTH cycle 1: depth.m = 50 (n=9)"), criterion(nine, "bronze.baseline.depth").evidence());
    }

    @Test
    void aStreamWithNoEvidenceHasNoBaseline() {
        List<Evidence> evidence = new ArrayList<>(Assessments.measured(1));
        evidence.removeIf(e -> e.stream() == EvidenceStream.STAFF_SURVEY);
        AccreditationResult result = ENGINE.assess(Assessments.build(1, evidence, Assessments.plan(3, 1), 2, true));
        assertEquals(AwardLevel.NONE, result.level());
        assertFalse(criterion(result, "bronze.baseline.staff-survey").met());
        assertTrue(criterion(result, "bronze.baseline.family-survey").met());
    }

    @Test
    void aCrediblePlanHasThreeActionsAndTwoAreNotEnough() {
        assertEquals(AwardLevel.BRONZE, ENGINE.assess(Assessments.build(1, Assessments.measured(1), Assessments.plan(3, 1), 2, true)).level());
        AccreditationResult two = ENGINE.assess(Assessments.build(1, Assessments.measured(1), Assessments.plan(2, 1), 2, true));
        assertEquals(AwardLevel.NONE, two.level());
        assertEquals(List.of("the plan has 2 action(s); a credible plan has at least 3"), criterion(two, "bronze.action-plan").missing());
    }

    @Test
    void anActionWhoseSuccessMeasureIsNotInTheEvidenceCannotBeFollowed() {
        List<org.sosqa.core.accreditation.Action> plan = new ArrayList<>(Assessments.plan(2, 1));
        plan.add(new org.sosqa.core.accreditation.Action("A9", "x", "owner", java.time.LocalDate.of(2026, 1, 1),
                "no.such.measure", org.sosqa.core.accreditation.ActionStatus.PLANNED));
        AccreditationResult result = ENGINE.assess(Assessments.build(1, Assessments.measured(1), plan, 2, true));
        assertEquals(List.of("the success measures of actions [A9] are not measures in the evidence, so their success cannot be followed"),
                criterion(result, "bronze.action-plan").missing());
    }

    @Test
    void withoutTheCharterSignedThereIsNoAward() {
        AccreditationResult result = ENGINE.assess(Assessments.build(3, Assessments.measured(3), Assessments.plan(3, 1), 2, false));
        assertEquals(AwardLevel.NONE, result.level());
        assertEquals(List.of("bronze.commitment: the organisation's leaders have not signed the charter (charterSigned)"),
                result.nextLevel().missing());
    }

    @Test
    void aMeasureThatDidNotChangeIsNotImpact() {
        // impact.minChange is 0: a change must be more than 0. Depth stays at 50 in both cycles.
        AccreditationResult result = ENGINE.assess(Assessments.replacing(2, Assessments.value(EvidenceStream.DEPTH, 2, "50", 10)));
        assertEquals(AwardLevel.BRONZE, result.level());
        assertEquals(List.of("DEPTH: 0 of 1 measure(s) improved and 0 deteriorated; impact needs at least one improved and more"
                + " improved than deteriorated"), criterion(result, "silver.impact.depth").missing());
        assertEquals(List.of("DEPTH depth.m: 50 (cycle 1) -> 50 (cycle 2), no change"), criterion(result, "silver.impact.depth").evidence());
    }

    @Test
    void lowerIsBetterForCoreDataAndAnIndicatorThatRoseIsDeterioration() {
        AccreditationResult result = ENGINE.assess(Assessments.replacing(2, Assessments.value(EvidenceStream.CORE_DATA, 2, "50.1", 10)));
        assertEquals(AwardLevel.BRONZE, result.level());
        assertEquals(List.of("CORE_DATA: 1 of 1 indicator(s) deteriorated by more than 0"), criterion(result, "silver.core-data-holds").missing());
        assertEquals(List.of("CORE_DATA core_data.m: 50 (cycle 1) -> 50.1 (cycle 2), worse by 0.1"), criterion(result, "silver.core-data-holds").evidence());
    }

    @Test
    void progressNeedsAnActionDone() {
        AccreditationResult result = ENGINE.assess(Assessments.build(2, Assessments.measured(2), Assessments.plan(3, 0), 2, true));
        assertEquals(AwardLevel.BRONZE, result.level());
        assertEquals(List.of("0 action(s) done; progress needs at least 1"), criterion(result, "silver.plan-progress").missing());
    }

    @Test
    void goldNeedsTwoItemsOfSupportAndOneIsNotEnough() {
        AccreditationResult one = ENGINE.assess(Assessments.build(3, Assessments.measured(3), Assessments.plan(3, 1), 1, true));
        assertEquals(AwardLevel.SILVER, one.level());
        assertEquals(List.of("gold.support-given: SUPPORT_GIVEN: 1 item(s) of support given to other organisations; at least 2 needed"),
                one.nextLevel().missing());
    }

    @Test
    void aStepBackInTheMiddleIsNotSustained() {
        // Depth 50, 49, 52: better overall, but cycle 2 was worse than cycle 1.
        AccreditationResult result = ENGINE.assess(Assessments.replacing(3, Assessments.value(EvidenceStream.DEPTH, 2, "49", 10)));
        assertEquals(AwardLevel.SILVER, result.level());
        assertTrue(criterion(result, "silver.impact.depth").met());
        assertEquals(List.of("DEPTH: 0 of 1 measure(s) followed over 3+ cycles improved with no step back, and 0 deteriorated;"
                + " sustained impact needs at least one and none deteriorated"), criterion(result, "gold.sustained.depth").missing());
    }

    @Test
    void theOrderEvidenceArrivesInDoesNotChangeTheResult() {
        AccreditationResult expected = ENGINE.assess(Assessments.atThresholds(3));
        for (long seed = 1; seed <= 20; seed++) {
            List<Evidence> shuffled = new ArrayList<>(Assessments.atThresholds(3).evidence());
            Collections.shuffle(shuffled, new Random(seed));
            SelfAssessment a = Assessments.atThresholds(3);
            SelfAssessment again = new SelfAssessment(a.organisation(), a.charterSigned(), a.cycles(), shuffled, a.actionPlan());
            assertEquals(expected, ENGINE.assess(again), "seed " + seed);
        }
    }

    @Test
    void oneEngineGivesTheSameResultsFromFourThreads() throws Exception {
        List<SelfAssessment> inputs = List.of(Assessments.atThresholds(1), Assessments.atThresholds(2), Assessments.atThresholds(3));
        List<AccreditationResult> expected = inputs.stream().map(ENGINE::assess).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        int k = i % 3;
                        if (!ENGINE.assess(inputs.get(k)).equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertTrue(run.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(AwardLevel.BRONZE, AwardLevel.SILVER, AwardLevel.GOLD), expected.stream().map(AccreditationResult::level).toList());
    }

    @Test
    void theExampleDocumentIsSilverWithWhatGoldNeeds() {
        CheckedDocument<SelfAssessment> read = SelfAssessmentJson.check(Path.of("..", "sos-qa-examples", "accreditation", "self-assessment.json"));
        assertTrue(read.valid(), read.violations()::toString);
        AccreditationResult result = ENGINE.assess(read.document().orElseThrow());
        assertEquals(AwardLevel.SILVER, result.level());
        assertEquals(List.of(
                "gold.core-data-sustained: CORE_DATA: no indicator has values in at least 3 cycles (values in 2 of 2 cycle(s))",
                "gold.support-given: SUPPORT_GIVEN: 1 item(s) of support given to other organisations; at least 2 needed",
                "gold.sustained.breadth: BREADTH: no measure has values in at least 3 cycles (values in 2 of 2 cycle(s))",
                "gold.sustained.depth: DEPTH: no measure has values in at least 3 cycles (values in 2 of 2 cycle(s))"),
                result.nextLevel().missing());
        assertEquals("sosqa-accreditation", result.criteriaPacks().get(0).id());
        assertEquals(64, result.criteriaPacks().get(0).sha256().length());
    }
}
