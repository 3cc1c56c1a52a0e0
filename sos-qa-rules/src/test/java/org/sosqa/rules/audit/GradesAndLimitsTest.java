package org.sosqa.rules.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sosqa.rules.audit.Cases.MAP_DATE;
import static org.sosqa.rules.audit.Cases.SAMPLE;
import static org.sosqa.rules.audit.Cases.judgement;
import static org.sosqa.rules.audit.Cases.map;
import static org.sosqa.rules.audit.Cases.mapWith;
import static org.sosqa.rules.audit.Cases.plus;
import static org.sosqa.rules.audit.Cases.replaced;
import static org.sosqa.rules.audit.Cases.scale;
import static org.sosqa.rules.audit.Cases.with;
import static org.sosqa.rules.audit.Cases.withoutDangers;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.NextStep;
import org.sosqa.core.ServiceStage;
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.AuditReport;
import org.sosqa.rules.CriterionResult;
import org.sosqa.rules.DomainScore;
import org.sosqa.rules.Finding;
import org.sosqa.rules.Grade;
import org.sosqa.rules.GradeLimit;
import org.sosqa.rules.ReportJson;

/** Grades from scores, and the limiting judgements that cap them (docs/audit-instrument.md). */
class GradesAndLimitsTest {

    private static final AuditEngine ENGINE = AuditEngine.withDefaultRules();

    /** The grade boundaries of docs/audit-instrument.md. */
    static Grade gradeFor(double score) {
        return score >= 8.0 ? Grade.OUTSTANDING : score >= 6.5 ? Grade.GOOD
                : score >= 4.0 ? Grade.REQUIRES_IMPROVEMENT : Grade.INADEQUATE;
    }

    private static AuditReport audit(CaseRecord record) {
        assertEquals(List.of(), Cases.problems(record), "the test case must be valid");
        return ENGINE.audit(record);
    }

    private static List<String> limitRules(AuditReport report) {
        return report.limits().stream().map(GradeLimit::rule).distinct().toList();
    }

    @Test
    void aChildProtectionCaseWithNoDangerStatementIsInadequateWhateverElseIsGood() {
        CaseRecord noDanger = withoutDangers(SAMPLE);
        AuditReport cp = audit(noDanger);
        AuditReport cin = audit(with(noDanger, "serviceStage", ServiceStage.CHILD_IN_NEED));

        assertEquals(Grade.INADEQUATE, cp.grade());
        assertEquals(List.of("depth.limit.cp-without-danger"), limitRules(cp));
        assertEquals(cin.score(), cp.score(), "a limit caps the grade, not the score");
        assertTrue(cp.score() >= 4.0, "the rest of the case is good enough that only the limit makes it inadequate: " + cp.score());
        assertEquals(gradeFor(cin.score()), cin.grade(), "outside child protection the same case is graded on its score");
        assertTrue(cin.grade().compareTo(Grade.INADEQUATE) < 0);
    }

    @Test
    void aChildProtectionCaseWithNoAssessmentIsInadequate() {
        AuditReport report = audit(with(SAMPLE, "assessments", List.of()));
        assertEquals(Grade.INADEQUATE, report.grade());
        assertTrue(limitRules(report).contains("depth.limit.cp-without-danger"), report.limits().toString());
    }

    @ParameterizedTest(name = "a {0} on the first danger statement''s scale")
    @ValueSource(ints = {0, 1})
    void aRatingOf0Or1WithNoNextStepDueWithin7DaysIsInadequate(int score) {
        // The sample's next steps are due 8, 10 and 14 days after its map.
        CaseRecord low = scale(0, s -> with(s, "ratings", replaced(s.ratings(), 1, r -> with(r, "score", score))));
        AuditReport report = audit(low);
        assertEquals(Grade.INADEQUATE, report.grade());
        assertEquals(List.of("depth.limit.unsafe-without-action"), limitRules(report));
        assertTrue(gradeFor(report.score()).compareTo(Grade.INADEQUATE) < 0, "the score alone would not be inadequate: " + report.score());
    }

    @ParameterizedTest(name = "a {0} on the judgement, step due {1} days after the map: capped {2}")
    @CsvSource({"0, 0, false", "1, 7, false", "1, 3, false", "0, 8, true", "1, -1, true"})
    void withAStepDueWithin7DaysTheGradeIsNotCapped(int score, int dueInDays, boolean capped) {
        CaseRecord low = judgement(s -> with(s, "ratings", replaced(s.ratings(), 0, r -> with(r, "score", score))));
        CaseRecord withStep = map(low, a -> with(a, "nextSteps", plus(a.nextSteps(),
                new NextStep("Agree with Mum and Nana where the children sleep tonight.", "Social worker", MAP_DATE.plusDays(dueInDays)))));
        AuditReport report = audit(withStep);
        if (capped) {
            assertEquals(Grade.INADEQUATE, report.grade());
            assertEquals(List.of("depth.limit.unsafe-without-action"), limitRules(report));
        } else {
            assertEquals(List.of(), report.limits());
            assertEquals(gradeFor(report.score()), report.grade());
            assertTrue(report.grade().compareTo(Grade.INADEQUATE) < 0, report.grade().toString());
        }
    }

    @Test
    void aStepWithNoDateIsNoImmediateAction() {
        CaseRecord low = judgement(s -> with(s, "ratings", replaced(s.ratings(), 0, r -> with(r, "score", 1))));
        CaseRecord undated = map(low, a -> with(a, "nextSteps", plus(a.nextSteps(),
                new NextStep("Agree with Mum and Nana where the children sleep tonight.", "Social worker", null))));
        assertEquals(Grade.INADEQUATE, audit(undated).grade());
    }

    @Test
    void labelsOnlyDangerStatementsCapTheGradeAtRequiresImprovement() {
        CaseRecord labels = map(a -> with(a, "dangerStatements", List.of(
                with(a.dangerStatements().get(0), "text", RuleTableTest.LABELS),
                with(a.dangerStatements().get(1), "text", RuleTableTest.DIAGNOSIS))));
        AuditReport report = audit(labels);
        assertEquals(List.of("depth.limit.labels-only"), limitRules(report));
        assertEquals(Grade.REQUIRES_IMPROVEMENT, report.grade());
        assertTrue(gradeFor(report.score()).compareTo(Grade.REQUIRES_IMPROVEMENT) < 0,
                "the score alone would grade better, so the cap is what holds it: " + report.score());
    }

    @Test
    void aLimitNeverRaisesAGrade() {
        CaseRecord labels = map(a -> with(a, "dangerStatements", List.of(
                with(a.dangerStatements().get(0), "text", RuleTableTest.LABELS),
                with(a.dangerStatements().get(1), "text", RuleTableTest.DIAGNOSIS))));
        CaseRecord alsoUnsafe = map(labels, a -> with(a, "judgement",
                with(a.judgement(), "ratings", replaced(a.judgement().ratings(), 0, r -> with(r, "score", 0)))));
        AuditReport report = audit(alsoUnsafe);
        assertTrue(limitRules(report).containsAll(List.of("depth.limit.labels-only", "depth.limit.unsafe-without-action")));
        assertEquals(Grade.INADEQUATE, report.grade(), "the lowest cap wins");
    }

    @Test
    void aChildProtectionCaseWithNoPlanIsCappedAtRequiresImprovement() {
        AuditReport report = audit(mapWith("safetyPlan", null));
        assertEquals(List.of("depth.limit.cp-without-plan"), limitRules(report));
        assertEquals(gradeFor(report.score()).atMost(Grade.REQUIRES_IMPROVEMENT), report.grade());
        assertTrue(gradeFor(report.score()).compareTo(Grade.REQUIRES_IMPROVEMENT) < 0, "the cap matters: " + report.score());
    }

    @Test
    void theSampleIsOutstandingWithNoLimits() {
        AuditReport report = audit(SAMPLE);
        assertEquals(List.of(), report.limits());
        assertEquals(Grade.OUTSTANDING, report.grade());
    }

    /**
     * The sample's ratings, domain scores, overall score and grade recomputed here from its findings and
     * the instrument file, by the rules of docs/audit-instrument.md.
     */
    @Test
    void theSampleGradesAsItsFindingsImply() throws IOException {
        AuditReport report = audit(SAMPLE);
        JsonNode instrument;
        try (InputStream in = getClass().getResourceAsStream("/org/sosqa/rules/defaults/instrument.json")) {
            instrument = ReportJson.mapper().readTree(in);
        }
        Map<String, int[]> tally = new HashMap<>();
        for (Finding finding : report.findings()) {
            int[] t = tally.computeIfAbsent(finding.criterion(), k -> new int[2]);
            t[0] += finding.met() ? 1 : 0;
            t[1]++;
        }
        double overallSum = 0;
        double overallWeights = 0;
        assertEquals(instrument.path("domains").size(), report.domains().size());
        for (int d = 0; d < report.domains().size(); d++) {
            JsonNode domain = instrument.path("domains").get(d);
            DomainScore scored = report.domains().get(d);
            assertEquals(domain.path("id").asText(), scored.id());
            double sum = 0;
            double weights = 0;
            for (int c = 0; c < domain.path("criteria").size(); c++) {
                JsonNode criterion = domain.path("criteria").get(c);
                CriterionResult result = scored.criteria().get(c);
                assertEquals(criterion.path("id").asText(), result.id());
                int[] t = tally.getOrDefault(result.id(), new int[2]);
                assertEquals(t[0], result.met(), result.id());
                assertEquals(t[1], result.checked(), result.id());
                Integer rating = t[1] == 0 ? null : t[0] == t[1] ? 3 : 2 * t[0] >= t[1] ? 2 : t[0] > 0 ? 1 : 0;
                assertEquals(rating, result.rating(), result.id());
                if (rating != null) {
                    sum += criterion.path("weight").asDouble() * rating;
                    weights += criterion.path("weight").asDouble();
                }
            }
            Double expected = weights == 0 ? null : round(10 * sum / weights / 3);
            assertEquals(expected, scored.score(), scored.id());
            if (expected != null) {
                overallSum += domain.path("weight").asDouble() * expected;
                overallWeights += domain.path("weight").asDouble();
            }
        }
        double overall = round(overallSum / overallWeights);
        assertEquals(overall, report.score());
        assertEquals(gradeFor(overall), report.grade());
    }

    @Test
    void aCriterionWithNothingToCheckIsLeftOutNotCountedAsZero() {
        AuditReport report = audit(SAMPLE);
        CriterionResult trajectory = report.domains().stream().flatMap(d -> d.criteria().stream())
                .filter(c -> c.id().equals("scale.trajectory")).findFirst().orElseThrow();
        assertNull(trajectory.rating(), "the sample has one judgement, so there is no trajectory to rate");
        assertEquals(0, trajectory.checked());
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
