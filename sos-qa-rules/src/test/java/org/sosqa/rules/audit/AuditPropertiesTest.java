package org.sosqa.rules.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.sosqa.rules.audit.Cases.map;
import static org.sosqa.rules.audit.Cases.plus;
import static org.sosqa.rules.audit.Cases.replaced;
import static org.sosqa.rules.audit.Cases.with;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.sosqa.core.Agreement;
import org.sosqa.core.Assessment;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.ChildVoiceTool;
import org.sosqa.core.ChildVoiceWork;
import org.sosqa.core.DangerStatement;
import org.sosqa.core.FamilyPosition;
import org.sosqa.core.SafetyScale;
import org.sosqa.core.testing.CaseGenerator;
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.AuditReport;
import org.sosqa.rules.CriterionResult;
import org.sosqa.rules.DomainScore;
import org.sosqa.rules.Finding;
import org.sosqa.rules.GradeLimit;
import org.sosqa.rules.ReportJson;

/**
 * Properties of the audit over seeded generated valid cases ({@link CaseGenerator}): the same seed gives
 * the same case, so a failure replays from the seed in its message.
 */
class AuditPropertiesTest {

    private static final int SEEDS = 200;
    private static final long FIRST_SEED = 7_000;
    private static final AuditEngine ENGINE = AuditEngine.withDefaultRules();

    private static CaseRecord generated(long seed) {
        return new CaseGenerator(seed).nextCase();
    }

    @Test
    void scoresAndRatingsStayInRangeAndTheGradeFollowsTheScoreAndLimits() {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
            AuditReport report = ENGINE.audit(generated(seed));
            String at = "seed " + seed;
            assertTrue(report.score() >= 0 && report.score() <= 10, at + ": overall score " + report.score());
            for (DomainScore domain : report.domains()) {
                assertTrue(domain.score() == null || domain.score() >= 0 && domain.score() <= 10, at + ": " + domain);
                boolean anyApplicable = false;
                for (CriterionResult criterion : domain.criteria()) {
                    Integer rating = criterion.rating();
                    assertTrue(rating == null || rating >= 0 && rating <= 3, at + ": " + criterion);
                    assertEquals(criterion.checked() == 0, rating == null, at + ": not applicable exactly when nothing was checked: " + criterion);
                    assertTrue(criterion.met() >= 0 && criterion.met() <= criterion.checked(), at + ": " + criterion);
                    anyApplicable |= rating != null;
                }
                assertEquals(anyApplicable, domain.score() != null, at + ": a domain is scored when a criterion applies: " + domain);
            }
            var expected = GradesAndLimitsTest.gradeFor(report.score());
            for (GradeLimit limit : report.limits()) {
                expected = expected.atMost(limit.atMost());
            }
            assertEquals(expected, report.grade(), at + ": grade from score " + report.score() + " and limits " + report.limits());
        }
    }

    /** Every finding and limit points into the case: at a value, or where a missing property would be. */
    @Test
    void everyPathPointsIntoTheCaseAndEverySpanIntoItsText() {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
            CaseRecord record = generated(seed);
            AuditReport report = ENGINE.audit(record);
            JsonNode tree = Cases.tree(record);
            List<String> paths = new ArrayList<>();
            report.findings().forEach(f -> paths.add(f.path()));
            report.limits().forEach(l -> paths.add(l.path()));
            for (String path : paths) {
                assertTrue(path.startsWith("/"), "seed " + seed + ": " + path);
                JsonNode node = tree.at(path);
                JsonNode parent = tree.at(path.substring(0, path.lastIndexOf('/')));
                assertTrue(!node.isMissingNode() || parent.isObject(), "seed " + seed + ": " + path + " points at nothing");
            }
            for (Finding finding : report.findings()) {
                if (finding.span() != null) {
                    JsonNode text = tree.at(finding.path());
                    assertTrue(text.isTextual(), "seed " + seed + ": a span belongs to a text: " + finding);
                    assertTrue(finding.span().end() <= text.asText().length(), "seed " + seed + ": " + finding);
                }
            }
        }
    }

    @Test
    void theSameCaseGivesByteIdenticalJsonFromTwoEnginesAndTwoRuns() {
        AuditEngine other = AuditEngine.builder().parallelism(1).build();
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
            String first = ReportJson.toJson(ENGINE.audit(generated(seed)));
            assertEquals(first, ReportJson.toJson(ENGINE.audit(generated(seed))), "seed " + seed + ": second run");
            assertEquals(first, ReportJson.toJson(other.audit(generated(seed))), "seed " + seed + ": another engine");
        }
    }

    @Test
    void reportsRoundTripThroughReportJson() {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
            AuditReport report = ENGINE.audit(generated(seed));
            String json = ReportJson.toJson(report);
            AuditReport read = ReportJson.readAuditReport(json);
            assertEquals(report, read, "seed " + seed);
            assertEquals(json, ReportJson.toJson(read), "seed " + seed);
        }
    }

    /**
     * Supplying a missing optional element never lowers a criterion rating, a domain score, the overall
     * score or the grade (docs/audit-instrument.md: something missing counts as not met). Each element
     * missing from a generated case's current map is filled in on its own and the case audited again;
     * so is one more review of the safety plan, after the map's date.
     */
    @Test
    void supplyingAMissingElementNeverLowersAScore() {
        int compared = 0;
        Set<String> kinds = new HashSet<>();
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
            CaseRecord record = generated(seed);
            AuditReport before = ENGINE.audit(record);
            for (Fill fill : fills(record)) {
                String at = "seed " + seed + ", " + fill.what();
                assertEquals(List.of(), Cases.problems(fill.record()), at + ": the filled case must be valid");
                AuditReport after = ENGINE.audit(fill.record());
                assertNotLower(before, after, at);
                kinds.add(fill.what().replaceAll("[0-9]+", "#"));
                compared++;
            }
        }
        assertTrue(compared > 500, "enough fills were tried: " + compared);
        for (String kind : List.of("danger # familyGoal", "danger # familyAgreement", "danger # scale tenMeans",
                "danger # scale zeroMeans", "danger # scale rating # reasons", "judgement tenMeans", "judgement rating # reasons",
                "familyPosition", "familyPosition words", "next step # who", "next step # byWhen",
                "voice work for child #", "network member # knowsTheWorries", "existing safety # dangerStatementId",
                "plan review after the map")) {
            assertTrue(kinds.contains(kind), "the generated cases gave a chance to fill: " + kind + "; filled " + kinds);
        }
    }

    private static void assertNotLower(AuditReport before, AuditReport after, String at) {
        if (after.score() < before.score()) {
            fail(at + ": the overall score went down from " + before.score() + " to " + after.score());
        }
        if (after.grade().compareTo(before.grade()) > 0) {
            fail(at + ": the grade went down from " + before.grade() + " to " + after.grade());
        }
        for (int d = 0; d < before.domains().size(); d++) {
            DomainScore was = before.domains().get(d);
            DomainScore now = after.domains().get(d);
            if (was.score() != null && (now.score() == null || now.score() < was.score())) {
                fail(at + ": domain " + was.id() + " went down from " + was.score() + " to " + now.score()
                        + "\n before: " + was.criteria() + "\n after:  " + now.criteria());
            }
            for (int c = 0; c < was.criteria().size(); c++) {
                Integer r0 = was.criteria().get(c).rating();
                Integer r1 = now.criteria().get(c).rating();
                if (r0 != null && (r1 == null || r1 < r0)) {
                    fail(at + ": criterion " + was.criteria().get(c).id() + " went down from " + r0 + " to " + r1);
                }
            }
        }
    }

    /** One missing element supplied. */
    record Fill(String what, CaseRecord record) {
    }

    private static final String WORDS = "We want the children to feel safe and happy at home.";

    /** Each missing optional element of the current map, supplied on its own. */
    static List<Fill> fills(CaseRecord record) {
        List<Fill> fills = new ArrayList<>();
        if (record.assessments().isEmpty()) {
            return fills;
        }
        Assessment a = record.assessments().get(record.assessments().size() - 1);
        for (int i = 0; i < a.dangerStatements().size(); i++) {
            int d = i;
            DangerStatement danger = a.dangerStatements().get(d);
            Function<UnaryOperator<DangerStatement>, UnaryOperator<Assessment>> onDanger = edit -> m -> with(m, "dangerStatements",
                    replaced(m.dangerStatements(), d, edit));
            if (blank(danger.safetyGoal().familyGoal())) {
                fills.add(new Fill("danger " + d + " familyGoal", map(record, onDanger.apply(
                        s -> with(s, "safetyGoal", with(s.safetyGoal(), "familyGoal", WORDS))))));
            }
            if (danger.familyAgreement() == null) {
                fills.add(new Fill("danger " + d + " familyAgreement", map(record, onDanger.apply(
                        s -> with(s, "familyAgreement", Agreement.DISAGREES)))));
            }
            if (danger.scale() != null) {
                for (ScaleFill fill : scaleFills(danger.scale())) {
                    @SuppressWarnings("unchecked")
                    UnaryOperator<SafetyScale> edit = (UnaryOperator<SafetyScale>) fill.edit;
                    fills.add(new Fill("danger " + d + " scale " + fill.what,
                            map(record, onDanger.apply(s -> with(s, "scale", edit.apply(s.scale()))))));
                }
            }
        }
        if (a.judgement() != null) {
            for (ScaleFill fill : scaleFills(a.judgement())) {
                @SuppressWarnings("unchecked")
                UnaryOperator<SafetyScale> edit = (UnaryOperator<SafetyScale>) fill.edit;
                fills.add(new Fill("judgement " + fill.what, map(record, m -> with(m, "judgement", edit.apply(m.judgement())))));
            }
        }
        if (a.familyPosition() == null) {
            fills.add(new Fill("familyPosition", map(record, m -> with(m, "familyPosition",
                    new FamilyPosition(Agreement.PARTLY_AGREES, "Mum agrees Dad shouts when he drinks.")))));
        } else if (blank(a.familyPosition().inTheirWords())) {
            fills.add(new Fill("familyPosition words", map(record, m -> with(m, "familyPosition",
                    with(m.familyPosition(), "inTheirWords", "Mum agrees Dad shouts when he drinks.")))));
        }
        for (int i = 0; i < a.nextSteps().size(); i++) {
            int s = i;
            if (blank(a.nextSteps().get(s).who())) {
                fills.add(new Fill("next step " + s + " who", map(record, m -> with(m, "nextSteps",
                        replaced(m.nextSteps(), s, step -> with(step, "who", "Mum"))))));
            }
            if (a.nextSteps().get(s).byWhen() == null) {
                fills.add(new Fill("next step " + s + " byWhen", map(record, m -> with(m, "nextSteps",
                        replaced(m.nextSteps(), s, step -> with(step, "byWhen", m.date().plusDays(3)))))));
            }
        }
        for (int c = 0; c < record.children().size(); c++) {
            String child = record.children().get(c).id();
            if (a.childVoice().stream().noneMatch(w -> w.childId().equals(child))) {
                ChildVoiceTool tool = ChildVoiceTool.values()[c % ChildVoiceTool.values().length];
                fills.add(new Fill("voice work for child " + c, map(record, m -> with(m, "childVoice", plus(m.childVoice(),
                        new ChildVoiceWork(child, tool, m.date(), true, "I like it when Nana comes round."))))));
            }
        }
        for (int i = 0; i < a.safetyNetwork().size(); i++) {
            int n = i;
            if (!a.safetyNetwork().get(n).knowsTheWorries()) {
                fills.add(new Fill("network member " + n + " knowsTheWorries", map(record, m -> with(m, "safetyNetwork",
                        replaced(m.safetyNetwork(), n, member -> with(member, "knowsTheWorries", true))))));
            }
        }
        if (!a.dangerStatements().isEmpty()) {
            String dangerId = a.dangerStatements().get(0).id();
            for (int i = 0; i < a.existingSafety().size(); i++) {
                int e = i;
                if (a.existingSafety().get(e).dangerStatementId() == null) {
                    fills.add(new Fill("existing safety " + e + " dangerStatementId", map(record, m -> with(m, "existingSafety",
                            replaced(m.existingSafety(), e, safety -> with(safety, "dangerStatementId", dangerId))))));
                }
            }
        }
        if (a.safetyPlan() != null) {
            // Another review of the plan, after the map's date (reviews are listed oldest first).
            List<java.time.LocalDate> reviews = a.safetyPlan().reviews();
            java.time.LocalDate last = reviews.isEmpty() || reviews.get(reviews.size() - 1).isBefore(a.date())
                    ? a.date() : reviews.get(reviews.size() - 1);
            fills.add(new Fill("plan review after the map", map(record, m -> with(m, "safetyPlan",
                    with(m.safetyPlan(), "reviews", plus(m.safetyPlan().reviews(), last.plusDays(10)))))));
        }
        return fills;
    }

    /** A fill of a scale, as an edit of the scale. */
    private record ScaleFill(String what, UnaryOperator<?> edit) {
    }

    private static List<ScaleFill> scaleFills(SafetyScale scale) {
        List<ScaleFill> fills = new ArrayList<>();
        if (blank(scale.tenMeans())) {
            fills.add(new ScaleFill("tenMeans", (UnaryOperator<SafetyScale>) s -> with(s, "tenMeans",
                    "Everyone is sure the children are safe enough at home to close the case.")));
        }
        if (blank(scale.zeroMeans())) {
            fills.add(new ScaleFill("zeroMeans", (UnaryOperator<SafetyScale>) s -> with(s, "zeroMeans",
                    "The children cannot live at home until things change.")));
        }
        for (int i = 0; i < scale.ratings().size(); i++) {
            int r = i;
            if (blank(scale.ratings().get(r).reasons())) {
                fills.add(new ScaleFill("rating " + r + " reasons", (UnaryOperator<SafetyScale>) s -> with(s, "ratings",
                        replaced(s.ratings(), r, rating -> with(rating, "reasons", "Nana comes every morning now.")))));
            }
        }
        return fills;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
