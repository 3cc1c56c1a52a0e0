package org.sosqa.rules.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sosqa.rules.audit.Cases.MAP;
import static org.sosqa.rules.audit.Cases.SAMPLE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sosqa.core.Assessment;
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.AuditReport;
import org.sosqa.rules.Finding;
import org.sosqa.rules.StatementKind;
import org.sosqa.rules.StatementReport;
import org.sosqa.rules.TextSpan;

/** Live feedback on one statement: features, jargon, findings with the words to highlight, a score. */
class CheckStatementTest {

    private static final AuditEngine ENGINE = AuditEngine.withDefaultRules();
    private static final Assessment CURRENT = SAMPLE.assessments().get(1);
    private static final String GOOD_DANGER = CURRENT.dangerStatements().get(0).text();
    private static final String GOOD_GOAL = CURRENT.dangerStatements().get(0).safetyGoal().text();
    private static final String GOOD_HARM = CURRENT.harmStatements().get(0).text();

    /** The words each finding's span covers, by rule; "" for a finding without a span. */
    private static Map<String, String> highlighted(StatementReport report, String text) {
        Map<String, String> words = new LinkedHashMap<>();
        for (Finding finding : report.findings()) {
            TextSpan span = finding.span();
            words.put(finding.rule(), span == null ? "" : text.substring(span.start(), span.end()));
        }
        return words;
    }

    private static Map<String, Boolean> met(StatementReport report) {
        Map<String, Boolean> met = new LinkedHashMap<>();
        report.findings().forEach(f -> met.put(f.rule(), f.met()));
        return met;
    }

    @Test
    void aGoodDangerStatementHasEveryFeatureAndNoJargon() {
        StatementReport report = ENGINE.checkStatement(StatementKind.DANGER, GOOD_DANGER);
        assertEquals(StatementKind.DANGER, report.kind());
        assertEquals(Map.of("whoIsWorried", true, "behaviour", true, "impactOnChild", true), report.features());
        assertEquals(StatementKind.DANGER.featureNames(), List.copyOf(report.features().keySet()), "features in the kind's order");
        assertEquals(List.of(), report.jargon());
        assertEquals(Map.of("depth.danger.who-is-worried", true, "depth.danger.behaviour", true,
                "depth.danger.impact-on-child", true, "depth.danger.jargon", true, "depth.danger.dfv-safeguard", true), met(report));
        Map<String, String> words = highlighted(report, GOOD_DANGER);
        assertEquals("Children's social care, Amy's school and Nana are worried", words.get("depth.danger.who-is-worried"));
        assertEquals("Dad drinks", words.get("depth.danger.behaviour"));
        assertTrue(words.get("depth.danger.impact-on-child").contains("Leo could be badly hurt"), words.toString());
        assertEquals(10.0, report.score());
        report.findings().forEach(f -> assertEquals("", f.path(), "a statement on its own has no path: " + f));
    }

    @Test
    void aPoorDangerStatementIsLabelsAndScoresLower() {
        String poor = RuleTableTest.LABELS;
        StatementReport report = ENGINE.checkStatement(StatementKind.DANGER, poor);
        assertEquals(Map.of("whoIsWorried", false, "behaviour", false, "impactOnChild", false), report.features());
        assertEquals(List.of("domestic violence", "alcohol misuse", "significant harm"), report.jargon());
        assertEquals(Map.of("depth.danger.who-is-worried", false, "depth.danger.behaviour", false,
                "depth.danger.impact-on-child", false, "depth.danger.jargon", false, "depth.danger.dfv-safeguard", true), met(report));
        assertEquals("Domestic violence", highlighted(report, poor).get("depth.danger.jargon"));
        assertTrue(report.score() < ENGINE.checkStatement(StatementKind.DANGER, GOOD_DANGER).score(), "score " + report.score());
    }

    @Test
    void attributionToTheChildIsHighlighted() {
        StatementReport report = ENGINE.checkStatement(StatementKind.DANGER, RuleTableTest.ATTRIBUTED);
        assertEquals(false, met(report).get("depth.danger.dfv-safeguard"));
        assertEquals("Amy told", highlighted(report, RuleTableTest.ATTRIBUTED).get("depth.danger.dfv-safeguard"));
    }

    @Test
    void aGoodSafetyGoalHasEveryFeature() {
        StatementReport report = ENGINE.checkStatement(StatementKind.GOAL, GOOD_GOAL);
        assertEquals(Map.of("positiveFraming", true, "observableBehaviour", true, "childExperience", true, "sustainPeriod", true),
                report.features());
        assertEquals(Map.of("depth.goal.positive", true, "depth.goal.observable", true, "depth.goal.child-experience", true,
                "depth.goal.sustained", true), met(report));
        Map<String, String> words = highlighted(report, GOOD_GOAL);
        assertTrue(words.get("depth.goal.sustained").contains("for at least six months"), words.toString());
        assertEquals("Dad will stay", words.get("depth.goal.observable"));
        assertTrue(words.get("depth.goal.child-experience").contains("Leo will be looked after"), words.toString());
        assertEquals(10.0, report.score());
    }

    @Test
    void aGoalThatSaysWhatWillStopIsHighlightedAndScoresLower() {
        String poor = RuleTableTest.NEGATIVE_GOAL;
        StatementReport report = ENGINE.checkStatement(StatementKind.GOAL, poor);
        assertEquals(Map.of("positiveFraming", false, "observableBehaviour", false, "childExperience", false, "sustainPeriod", false),
                report.features());
        assertEquals(Map.of("depth.goal.positive", false, "depth.goal.observable", false, "depth.goal.child-experience", false,
                "depth.goal.sustained", false), met(report));
        assertEquals("stop", highlighted(report, poor).get("depth.goal.positive"));
        assertEquals(List.of("domestic violence"), report.jargon());
        assertEquals(0.0, report.score());
        assertTrue(report.score() < ENGINE.checkStatement(StatementKind.GOAL, GOOD_GOAL).score());
    }

    @Test
    void harmStatementsScoreOnWhoWhatWhenAndEffect() {
        StatementReport good = ENGINE.checkStatement(StatementKind.HARM, GOOD_HARM);
        StatementReport vague = ENGINE.checkStatement(StatementKind.HARM, RuleTableTest.HARM_VAGUE);
        assertEquals(Map.of("depth.harm.specific", true), met(good));
        assertEquals("Dad grabbed", highlighted(good, GOOD_HARM).get("depth.harm.specific"));
        assertEquals(Map.of("depth.harm.specific", false), met(vague));
        assertTrue(good.score() > vague.score(), good.score() + " vs " + vague.score());
    }

    @Test
    void scaleAnchorsHaveNoRulesAndScoreByTheirFeatures() {
        String good = CURRENT.judgement().tenMeans();
        StatementReport anchor = ENGINE.checkStatement(StatementKind.SCALE_ANCHOR, good);
        StatementReport vague = ENGINE.checkStatement(StatementKind.SCALE_ANCHOR, "Good.");
        assertEquals(List.of(), anchor.findings());
        assertEquals(StatementKind.SCALE_ANCHOR.featureNames(), List.copyOf(anchor.features().keySet()));
        assertTrue(anchor.score() > vague.score(), anchor.score() + " vs " + vague.score());
    }

    /** What a worker sees while typing is what the audit finds in the same words. */
    @Test
    void liveFeedbackAgreesWithTheAudit() {
        AuditReport audit = ENGINE.audit(SAMPLE);
        String[][] statements = {
            {"DANGER", MAP + "/dangerStatements/0/text", GOOD_DANGER},
            {"DANGER", MAP + "/dangerStatements/1/text", CURRENT.dangerStatements().get(1).text()},
            {"GOAL", MAP + "/dangerStatements/1/safetyGoal/text", CURRENT.dangerStatements().get(1).safetyGoal().text()},
            {"HARM", MAP + "/harmStatements/0/text", GOOD_HARM},
        };
        for (String[] statement : statements) {
            List<Finding> inAudit = audit.findings().stream().filter(f -> f.path().equals(statement[1]))
                    .map(f -> new Finding(f.rule(), f.criterion(), f.met(), "", f.span(), f.message())).toList();
            StatementReport live = ENGINE.checkStatement(StatementKind.valueOf(statement[0]), statement[2]);
            assertTrue(!inAudit.isEmpty(), statement[1]);
            assertEquals(inAudit, live.findings(), statement[1]);
        }
    }

    @Test
    void checkingIsDeterministic() {
        StatementReport first = ENGINE.checkStatement(StatementKind.DANGER, RuleTableTest.WITH_JARGON);
        assertNotNull(first);
        assertEquals(first, ENGINE.checkStatement(StatementKind.DANGER, RuleTableTest.WITH_JARGON));
        assertEquals(first, AuditEngine.withDefaultRules().checkStatement(StatementKind.DANGER, RuleTableTest.WITH_JARGON));
    }
}
