package org.sosqa.rules.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sosqa.rules.audit.Cases.MAP;
import static org.sosqa.rules.audit.Cases.MAP_DATE;
import static org.sosqa.rules.audit.Cases.SAMPLE;
import static org.sosqa.rules.audit.Cases.danger;
import static org.sosqa.rules.audit.Cases.dangerText;
import static org.sosqa.rules.audit.Cases.goal;
import static org.sosqa.rules.audit.Cases.judgement;
import static org.sosqa.rules.audit.Cases.map;
import static org.sosqa.rules.audit.Cases.mapWith;
import static org.sosqa.rules.audit.Cases.minus;
import static org.sosqa.rules.audit.Cases.plan;
import static org.sosqa.rules.audit.Cases.plus;
import static org.sosqa.rules.audit.Cases.replaced;
import static org.sosqa.rules.audit.Cases.scale;
import static org.sosqa.rules.audit.Cases.with;
import static org.sosqa.rules.audit.Cases.withoutDangers;
import static org.sosqa.rules.audit.RuleCase.absent;
import static org.sosqa.rules.audit.RuleCase.limit;
import static org.sosqa.rules.audit.RuleCase.met;
import static org.sosqa.rules.audit.RuleCase.noLimit;
import static org.sosqa.rules.audit.RuleCase.notMet;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sosqa.core.Assessment;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.NextStep;
import org.sosqa.core.Role;
import org.sosqa.core.SafetyScale;
import org.sosqa.core.ScaleRating;
import org.sosqa.core.ServiceStage;
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.AuditReport;
import org.sosqa.rules.Finding;
import org.sosqa.rules.Grade;
import org.sosqa.rules.GradeLimit;
import org.sosqa.rules.TextSpan;

/**
 * Every rule of the default pack, each on cases made from the sample by changing one thing: one where the
 * rule's check is met and one where it is not (or, for a rule that only records what is missing, one
 * where it does not fire; for a limiting judgement, one where it applies and one where it does not).
 * Each asserts the rule id, the criterion, {@code met}, the JSON Pointer and, where the rule gives one,
 * the words its span covers. {@link RuleCoverageTest} fails when a rule of the KieBase has no row here.
 */
class RuleTableTest {

    static final AuditEngine ENGINE = AuditEngine.withDefaultRules();

    static final String D0 = MAP + "/dangerStatements/0";
    static final String D1 = MAP + "/dangerStatements/1";

    static final String NO_WHO = "When Dad drinks a lot he gets angry, shouts and grabs or pushes Mum and Amy. "
            + "If nothing changes, Amy and Leo could be badly hurt.";
    static final String NO_BEHAVIOUR = "Children's social care is worried that Amy could be badly hurt and feel scared at home.";
    static final String NO_IMPACT = "Children's social care is worried that when Dad drinks a lot he gets angry, shouts "
            + "and grabs or pushes Mum and Amy.";
    static final String WITH_JARGON = "Children's social care is worried about domestic violence: when Dad drinks a lot "
            + "he gets angry and shouts at Mum. If nothing changes, Amy could be badly hurt.";
    static final String ATTRIBUTED = "Amy told her teacher that when Dad drinks a lot he gets angry and shouts at Mum. "
            + "Children's social care is worried that if nothing changes, Amy could be badly hurt.";
    static final String LABELS = "Domestic violence and alcohol misuse by father. Risk of significant harm to the children.";
    static final String DIAGNOSIS = "Mum has depression.";

    static final String NEGATIVE_GOAL = "Dad will stop drinking and there will be no more domestic violence.";
    static final String GOAL_NOT_OBSERVABLE = "Amy and Leo will feel safe and happy at home, for at least six months.";
    static final String GOAL_NO_CHILD = "When Dad has been drinking he will stay at Nana's until he is sober, and Nana "
            + "will see this happening every week for at least six months.";
    static final String GOAL_NOT_SUSTAINED = "When Dad has been drinking, Amy and Leo will be looked after by a sober "
            + "grown-up and Dad will stay at Nana's until he is sober.";

    static final String HARM_VAGUE = "Amy was hurt.";
    static final String HARM_UNDATED = "Dad grabbed Amy and pushed her into the wall, and she had bruises on her arm.";

    static List<RuleCase> cases() {
        return List.of(
                // Harm and danger
                met("depth.danger.present", "danger.present", "sample", () -> SAMPLE, MAP, null),
                notMet("depth.danger.present", "danger.present", "no danger statements", () -> withoutDangers(SAMPLE), MAP, null),
                notMet("depth.danger.present", "danger.present", "no assessment at all",
                        () -> with(SAMPLE, "assessments", List.of()), "/assessments", null),

                met("depth.danger.who-is-worried", "danger.who-is-worried", "sample", () -> SAMPLE, D0 + "/text",
                        "Children's social care, Amy's school and Nana are worried"),
                notMet("depth.danger.who-is-worried", "danger.who-is-worried", "nobody named as worried",
                        () -> dangerText(0, NO_WHO), D0 + "/text", null),

                met("depth.danger.behaviour", "danger.behaviour", "sample", () -> SAMPLE, D1 + "/text", "she stays in bed"),
                notMet("depth.danger.behaviour", "danger.behaviour", "no caregiver behaviour",
                        () -> dangerText(0, NO_BEHAVIOUR), D0 + "/text", null),
                notMet("depth.danger.behaviour", "danger.behaviour", "a diagnosis only",
                        () -> dangerText(1, DIAGNOSIS), D1 + "/text", null),

                met("depth.danger.impact-on-child", "danger.impact-on-child", "sample", () -> SAMPLE, D0 + "/text",
                        "Leo could be badly hurt"),
                notMet("depth.danger.impact-on-child", "danger.impact-on-child", "no impact on the child",
                        () -> dangerText(0, NO_IMPACT), D0 + "/text", null),

                met("depth.danger.jargon", "danger.family-language", "sample", () -> SAMPLE, D0 + "/text", null),
                notMet("depth.danger.jargon", "danger.family-language", "a professional label",
                        () -> dangerText(0, WITH_JARGON), D0 + "/text", "domestic violence"),
                notMet("depth.danger.jargon", "danger.family-language", "labels only",
                        () -> dangerText(1, LABELS), D1 + "/text", "Domestic violence"),

                met("depth.danger.disagreement", "danger.disagreement-recorded", "sample", () -> SAMPLE,
                        D0 + "/familyAgreement", null),
                notMet("depth.danger.disagreement", "danger.disagreement-recorded", "family agreement not recorded",
                        () -> danger(0, d -> with(d, "familyAgreement", null)), D0 + "/familyAgreement", null),

                met("depth.danger.focused", "danger.focused", "sample: two statements", () -> SAMPLE, MAP + "/dangerStatements", null),
                met("depth.danger.focused", "danger.focused", "three statements",
                        () -> map(a -> with(a, "dangerStatements", plus(a.dangerStatements(), Cases.copyOfSecondDanger("d-3")))),
                        MAP + "/dangerStatements", null),
                notMet("depth.danger.focused", "danger.focused", "four statements",
                        () -> map(a -> with(a, "dangerStatements", plus(plus(a.dangerStatements(),
                                Cases.copyOfSecondDanger("d-3")), Cases.copyOfSecondDanger("d-4")))),
                        MAP + "/dangerStatements", null),
                absent("depth.danger.focused", "no danger statements", () -> withoutDangers(SAMPLE), MAP + "/dangerStatements"),

                met("depth.danger.dfv-safeguard", "danger.dfv-safeguard", "sample", () -> SAMPLE, D0 + "/text", null),
                notMet("depth.danger.dfv-safeguard", "danger.dfv-safeguard", "attributed to the child",
                        () -> dangerText(0, ATTRIBUTED), D0 + "/text", "Amy told"),

                met("depth.harm.specific", "harm.specific", "sample", () -> SAMPLE, MAP + "/harmStatements/0/text", "Dad grabbed"),
                notMet("depth.harm.specific", "harm.specific", "vague harm", () -> harmText(HARM_VAGUE),
                        MAP + "/harmStatements/0/text", null),
                notMet("depth.harm.specific", "harm.specific", "harm with no date",
                        () -> harmText(HARM_UNDATED), MAP + "/harmStatements/0/text", "Dad grabbed"),

                // Safety goals
                met("depth.goal.positive", "goal.positive", "sample", () -> SAMPLE, D1 + "/safetyGoal/text", "will be"),
                notMet("depth.goal.positive", "goal.positive", "says what will stop",
                        () -> goal(0, g -> with(g, "text", NEGATIVE_GOAL)), D0 + "/safetyGoal/text", "stop"),

                met("depth.goal.observable", "goal.observable", "sample", () -> SAMPLE, D0 + "/safetyGoal/text", "Dad will stay"),
                notMet("depth.goal.observable", "goal.observable", "nothing to see",
                        () -> goal(0, g -> with(g, "text", GOAL_NOT_OBSERVABLE)), D0 + "/safetyGoal/text", null),

                met("depth.goal.child-experience", "goal.child-experience", "sample", () -> SAMPLE, D1 + "/safetyGoal/text",
                        "Leo will be fed"),
                notMet("depth.goal.child-experience", "goal.child-experience", "no child in the goal",
                        () -> goal(0, g -> with(g, "text", GOAL_NO_CHILD)), D0 + "/safetyGoal/text", null),

                met("depth.goal.sustained", "goal.sustained", "sample", () -> SAMPLE, D0 + "/safetyGoal/text",
                        "for at least six months"),
                notMet("depth.goal.sustained", "goal.sustained", "no sustain period",
                        () -> goal(0, g -> with(g, "text", GOAL_NOT_SUSTAINED)), D0 + "/safetyGoal/text", null),

                met("depth.goal.family-goal", "goal.family-goal", "sample", () -> SAMPLE, D0 + "/safetyGoal/familyGoal", null),
                notMet("depth.goal.family-goal", "goal.family-goal", "no family goal",
                        () -> goal(0, g -> with(g, "familyGoal", null)), D0 + "/safetyGoal/familyGoal", null),
                notMet("depth.goal.family-goal", "goal.family-goal", "a blank family goal",
                        () -> goal(1, g -> with(g, "familyGoal", "  ")), D1 + "/safetyGoal/familyGoal", null),

                // Judgement and scaling
                met("depth.scale.anchors", "scale.anchors", "sample", () -> SAMPLE, D0 + "/scale", null),
                notMet("depth.scale.anchors", "scale.anchors", "10 not defined",
                        () -> scale(0, s -> with(s, "tenMeans", null)), D0 + "/scale", null),
                notMet("depth.scale.anchors", "scale.anchors", "0 not defined on the judgement",
                        () -> judgement(s -> with(s, "zeroMeans", null)), MAP + "/judgement", null),

                met("depth.scale.perspectives", "scale.perspectives", "sample", () -> SAMPLE, D0 + "/scale/ratings", null),
                notMet("depth.scale.perspectives", "scale.perspectives", "the worker's number only",
                        () -> scale(0, s -> with(s, "ratings", s.ratings().subList(0, 1))), D0 + "/scale/ratings", null),
                notMet("depth.scale.perspectives", "scale.perspectives", "professionals only",
                        () -> scale(1, s -> with(s, "ratings", List.of(s.ratings().get(0), s.ratings().get(2)))),
                        D1 + "/scale/ratings", null),

                met("depth.scale.child-view", "scale.child-view", "Amy gives her number",
                        () -> judgement(s -> with(s, "ratings", plus(s.ratings(),
                                new ScaleRating(Role.CHILD, null, 6, "Daddy does not shout so much now.")))), MAP, null),
                notMet("depth.scale.child-view", "scale.child-view", "sample: Amy (7) has not scaled", () -> SAMPLE, MAP, null),
                absent("depth.scale.child-view", "no child old enough to scale",
                        () -> with(SAMPLE, "children", SAMPLE.children().stream().map(c -> with(c, "yearOfBirth", 2021)).toList()), MAP),

                met("depth.scale.reasons", "scale.reasons", "sample", () -> SAMPLE, MAP + "/judgement/ratings/0/reasons", null),
                notMet("depth.scale.reasons", "scale.reasons", "sample: Mum's number has no reasons", () -> SAMPLE,
                        MAP + "/judgement/ratings/1/reasons", null),

                met("depth.scale.trajectory", "scale.trajectory", "the worker's number moved",
                        () -> firstJudgement(3, MAP_DATE), MAP + "/judgement", null),
                notMet("depth.scale.trajectory", "scale.trajectory", "the worker's number unchanged for 126 days",
                        () -> firstJudgement(5, MAP_DATE.plusDays(63)), MAP + "/judgement", null),
                absent("depth.scale.trajectory", "sample: one version has a judgement", () -> SAMPLE, MAP + "/judgement"),

                // Strengths and existing safety
                met("depth.safety.existing-linked", "safety.existing-recorded", "sample", () -> SAMPLE,
                        MAP + "/existingSafety/1/text", null),
                notMet("depth.safety.existing-linked", "safety.existing-recorded", "not tied to a danger",
                        () -> map(a -> with(a, "existingSafety", replaced(a.existingSafety(), 1,
                                s -> with(s, "dangerStatementId", null)))), MAP + "/existingSafety/1/text", null),

                notMet("depth.safety.existing-missing", "safety.existing-recorded", "no existing safety",
                        () -> mapWith("existingSafety", List.of()), MAP + "/existingSafety", null),
                absent("depth.safety.existing-missing", "sample", () -> SAMPLE, MAP + "/existingSafety"),

                met("depth.safety.is-action", "safety.is-action", "sample", () -> SAMPLE, MAP + "/existingSafety/0/text", null),
                notMet("depth.safety.is-action", "safety.is-action", "a quality, not an action",
                        () -> map(a -> with(a, "existingSafety", replaced(a.existingSafety(), 0,
                                s -> with(s, "text", "Mum and Dad love Amy and Leo very much.")))), MAP + "/existingSafety/0/text", null),

                met("depth.strengths.recorded", "strengths.recorded", "sample", () -> SAMPLE, MAP + "/strengths", null),
                notMet("depth.strengths.recorded", "strengths.recorded", "no strengths",
                        () -> mapWith("strengths", List.of()), MAP + "/strengths", null),

                // The child's voice
                met("depth.voice.tools-used", "voice.tools-used", "sample: Three Houses with Amy", () -> SAMPLE, "/children/0", null),
                notMet("depth.voice.tools-used", "voice.tools-used", "words and pictures only",
                        () -> map(a -> with(a, "childVoice", minus(a.childVoice(), 0))), "/children/0", null),
                absent("depth.voice.tools-used", "sample: Leo is a baby", () -> SAMPLE, "/children/1"),

                met("depth.voice.words-and-pictures", "voice.words-and-pictures", "sample", () -> SAMPLE, "/children/0", null),
                notMet("depth.voice.words-and-pictures", "voice.words-and-pictures", "Three Houses only",
                        () -> map(a -> with(a, "childVoice", minus(a.childVoice(), 1))), "/children/0", null),
                absent("depth.voice.words-and-pictures", "sample: Leo is a baby", () -> SAMPLE, "/children/1"),

                met("depth.voice.own-words", "voice.own-words", "sample", () -> SAMPLE, "/children/0", null),
                notMet("depth.voice.own-words", "voice.own-words", "no words of Amy's recorded",
                        () -> map(a -> with(a, "childVoice", a.childVoice().stream().map(w -> with(w, "childWords", null)).toList())),
                        "/children/0", null),
                notMet("depth.voice.own-words", "voice.own-words", "no child's-voice work at all",
                        () -> mapWith("childVoice", List.of()), "/children/0", null),
                absent("depth.voice.own-words", "sample: Leo is a baby", () -> SAMPLE, "/children/1"),

                // Network and safety planning
                met("depth.network.natural", "network.natural", "sample: Nana, Aunty Jo and the neighbour", () -> SAMPLE,
                        MAP + "/safetyNetwork", null),
                notMet("depth.network.natural", "network.natural", "Nana and the health visitor only",
                        () -> map(a -> with(a, "safetyNetwork", List.of(a.safetyNetwork().get(0), a.safetyNetwork().get(3)))),
                        MAP + "/safetyNetwork", null),

                notMet("depth.network.natural", "network.natural", "Nana listed twice is still one person",
                        () -> map(a -> with(a, "safetyNetwork", List.of(a.safetyNetwork().get(0), a.safetyNetwork().get(0),
                                a.safetyNetwork().get(3)))), MAP + "/safetyNetwork", null),

                met("depth.network.knows-worries", "network.knows-worries", "sample: Nana", () -> SAMPLE,
                        MAP + "/safetyNetwork/0/knowsTheWorries", null),
                notMet("depth.network.knows-worries", "network.knows-worries", "sample: the neighbour", () -> SAMPLE,
                        MAP + "/safetyNetwork/2/knowsTheWorries", null),
                absent("depth.network.knows-worries", "sample: the health visitor is a professional", () -> SAMPLE,
                        MAP + "/safetyNetwork/3/knowsTheWorries"),

                met("depth.plan.addresses-dangers", "plan.addresses-dangers", "sample", () -> SAMPLE, D1, null),
                notMet("depth.plan.addresses-dangers", "plan.addresses-dangers", "no plan rule for Mum's low days",
                        () -> plan(p -> with(p, "rules", minus(p.rules(), 1))), D1, null),
                notMet("depth.plan.addresses-dangers", "plan.addresses-dangers", "no plan",
                        () -> mapWith("safetyPlan", null), D0, null),

                met("depth.plan.named-people", "plan.named-people", "sample", () -> SAMPLE, MAP + "/safetyPlan/rules/2/keptBy", null),
                notMet("depth.plan.named-people", "plan.named-people", "nobody keeps the rule",
                        () -> plan(p -> with(p, "rules", replaced(p.rules(), 2, r -> with(r, "keptBy", List.of())))),
                        MAP + "/safetyPlan/rules/2/keptBy", null),

                notMet("depth.plan.named-people.no-plan", "plan.named-people", "no plan",
                        () -> mapWith("safetyPlan", null), MAP + "/safetyPlan", null),
                absent("depth.plan.named-people.no-plan", "sample", () -> SAMPLE, MAP + "/safetyPlan"),

                met("depth.plan.reviewed", "plan.reviewed", "sample", () -> SAMPLE, MAP + "/safetyPlan/reviews", null),
                met("depth.plan.reviewed", "plan.reviewed", "a later review, after the map, changes nothing",
                        () -> plan(p -> with(p, "reviews", plus(p.reviews(), MAP_DATE.plusDays(20)))), MAP + "/safetyPlan/reviews", null),
                notMet("depth.plan.reviewed", "plan.reviewed", "reviewed only after the map",
                        () -> plan(p -> with(p, "reviews", List.of(MAP_DATE.plusDays(20)))), MAP + "/safetyPlan/reviews", null),
                notMet("depth.plan.reviewed", "plan.reviewed", "no next review date",
                        () -> plan(p -> with(p, "nextReview", null)), MAP + "/safetyPlan/reviews", null),
                notMet("depth.plan.reviewed", "plan.reviewed", "never reviewed",
                        () -> plan(p -> with(p, "reviews", List.of())), MAP + "/safetyPlan/reviews", null),
                notMet("depth.plan.reviewed", "plan.reviewed", "last reviewed 93 days before the map",
                        () -> plan(p -> with(with(p, "agreed", MAP_DATE.minusDays(120)), "reviews", List.of(MAP_DATE.minusDays(93)))),
                        MAP + "/safetyPlan/reviews", null),

                notMet("depth.plan.reviewed.no-plan", "plan.reviewed", "no plan",
                        () -> mapWith("safetyPlan", null), MAP + "/safetyPlan", null),
                absent("depth.plan.reviewed.no-plan", "sample", () -> SAMPLE, MAP + "/safetyPlan"),

                // Next steps and partnership
                met("depth.steps.who-and-when", "steps.who-and-when", "sample", () -> SAMPLE, MAP + "/nextSteps/0", null),
                notMet("depth.steps.who-and-when", "steps.who-and-when", "nobody named",
                        () -> step(0, s -> with(s, "who", null)), MAP + "/nextSteps/0", null),
                notMet("depth.steps.who-and-when", "steps.who-and-when", "no date",
                        () -> step(1, s -> with(s, "byWhen", null)), MAP + "/nextSteps/1", null),

                notMet("depth.steps.missing", "steps.who-and-when", "no next steps",
                        () -> mapWith("nextSteps", List.of()), MAP + "/nextSteps", null),
                absent("depth.steps.missing", "sample", () -> SAMPLE, MAP + "/nextSteps"),

                met("depth.partnership.family-took-part", "partnership.family-took-part", "sample", () -> SAMPLE,
                        MAP + "/participants", null),
                notMet("depth.partnership.family-took-part", "partnership.family-took-part", "professionals and network only",
                        () -> participantsWithout(Role.PARENT, Role.CAREGIVER), MAP + "/participants", null),

                met("depth.partnership.network-took-part", "partnership.network-took-part", "sample", () -> SAMPLE,
                        MAP + "/participants", null),
                notMet("depth.partnership.network-took-part", "partnership.network-took-part", "no network member",
                        () -> participantsWithout(Role.NETWORK_MEMBER), MAP + "/participants", null),

                met("depth.partnership.family-position", "partnership.family-position", "sample", () -> SAMPLE,
                        MAP + "/familyPosition", null),
                notMet("depth.partnership.family-position", "partnership.family-position", "not recorded",
                        () -> mapWith("familyPosition", null), MAP + "/familyPosition", null),
                notMet("depth.partnership.family-position", "partnership.family-position", "agreement without their words",
                        () -> map(a -> with(a, "familyPosition", with(a.familyPosition(), "inTheirWords", null))),
                        MAP + "/familyPosition", null),

                // Limiting judgements
                limit("depth.limit.cp-without-danger", Grade.INADEQUATE, "no danger statements", () -> withoutDangers(SAMPLE), MAP),
                limit("depth.limit.cp-without-danger", Grade.INADEQUATE, "no assessment at all",
                        () -> with(SAMPLE, "assessments", List.of()), "/assessments"),
                noLimit("depth.limit.cp-without-danger", "sample", () -> SAMPLE),
                noLimit("depth.limit.cp-without-danger", "child in need without danger statements",
                        () -> with(withoutDangers(SAMPLE), "serviceStage", ServiceStage.CHILD_IN_NEED)),

                limit("depth.limit.unsafe-without-action", Grade.INADEQUATE, "the worker scales 1, first step due in 8 days",
                        () -> scale(0, s -> with(s, "ratings", replaced(s.ratings(), 0, r -> with(r, "score", 1)))), D0 + "/scale"),
                limit("depth.limit.unsafe-without-action", Grade.INADEQUATE, "a 0 on the judgement",
                        () -> judgement(s -> with(s, "ratings", replaced(s.ratings(), 3, r -> with(r, "score", 0)))), MAP + "/judgement"),
                limit("depth.limit.unsafe-without-action", Grade.INADEQUATE, "the only step within 7 days was due before the map",
                        () -> lowWithStepDue(MAP_DATE.minusDays(2)), D0 + "/scale"),
                noLimit("depth.limit.unsafe-without-action", "a 1 with a step due in 7 days", () -> lowWithStepDue(MAP_DATE.plusDays(7))),
                noLimit("depth.limit.unsafe-without-action", "a 1 with a step due the same day", () -> lowWithStepDue(MAP_DATE)),
                noLimit("depth.limit.unsafe-without-action", "a 2 with no step within 7 days",
                        () -> scale(0, s -> with(s, "ratings", replaced(s.ratings(), 0, r -> with(r, "score", 2))))),

                limit("depth.limit.labels-only", Grade.REQUIRES_IMPROVEMENT, "every danger statement a label",
                        () -> map(dangerText(0, LABELS), a -> with(a, "dangerStatements",
                                replaced(a.dangerStatements(), 1, d -> with(d, "text", DIAGNOSIS)))),
                        MAP + "/dangerStatements"),
                noLimit("depth.limit.labels-only", "sample", () -> SAMPLE),
                noLimit("depth.limit.labels-only", "one of two danger statements a label", () -> dangerText(0, LABELS)),

                limit("depth.limit.cp-without-plan", Grade.REQUIRES_IMPROVEMENT, "no plan",
                        () -> mapWith("safetyPlan", null), MAP + "/safetyPlan"),
                noLimit("depth.limit.cp-without-plan", "sample", () -> SAMPLE),
                noLimit("depth.limit.cp-without-plan", "child in need without a plan",
                        () -> with(mapWith("safetyPlan", null), "serviceStage", ServiceStage.CHILD_IN_NEED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRuleRecordsWhatTheTableSays(RuleCase row) {
        CaseRecord record = row.record().get();
        assertEquals(List.of(), Cases.problems(record), () -> row + ": the test case must be valid");
        AuditReport report = ENGINE.audit(record);
        switch (row.expect()) {
            case MET, NOT_MET -> {
                List<Finding> at = findings(report, row);
                assertEquals(1, at.size(), () -> row + ": one finding by " + row.rule() + " at " + row.path() + "; the rule's findings: "
                        + report.findings().stream().filter(f -> f.rule().equals(row.rule())).map(Finding::path).toList());
                Finding finding = at.get(0);
                assertEquals(row.criterion(), finding.criterion(), () -> row + ": criterion");
                assertEquals(row.expect() == RuleCase.Expect.MET, finding.met(), () -> row + ": met");
                assertSpan(record, row, finding.span());
                assertTrue(finding.message() != null && !finding.message().isBlank(), "a finding explains itself");
            }
            case ABSENT -> assertEquals(List.of(), findings(report, row), () -> row + ": no finding at " + row.path());
            case LIMIT -> {
                List<GradeLimit> limits = report.limits().stream()
                        .filter(l -> l.rule().equals(row.rule()) && l.path().equals(row.path())).toList();
                assertEquals(1, limits.size(), () -> row + ": one limit by " + row.rule() + " at " + row.path() + "; limits: " + report.limits());
                assertEquals(row.atMost(), limits.get(0).atMost());
                assertTrue(report.grade().compareTo(row.atMost()) >= 0, "the grade is capped: " + report.grade());
            }
            case NO_LIMIT -> assertEquals(List.of(), report.limits().stream().filter(l -> l.rule().equals(row.rule())).toList(),
                    () -> row + ": no limit");
            default -> throw new AssertionError(row.expect());
        }
    }

    private static List<Finding> findings(AuditReport report, RuleCase row) {
        return report.findings().stream().filter(f -> f.rule().equals(row.rule()) && f.path().equals(row.path()))
                .collect(Collectors.toList());
    }

    private static void assertSpan(CaseRecord record, RuleCase row, TextSpan span) {
        if (row.words() == null) {
            assertNull(span, "no span expected");
            return;
        }
        assertNotNull(span, "a span over '" + row.words() + "'");
        String text = Cases.textAt(record, row.path());
        assertNotNull(text, "the finding's path points at text: " + row.path());
        assertTrue(span.end() <= text.length(), "the span lies inside the text: " + span);
        String covered = text.substring(span.start(), span.end());
        assertTrue(covered.contains(row.words()), "the span covers '" + row.words() + "', not '" + covered + "'");
    }

    private static CaseRecord harmText(String text) {
        return map(a -> with(a, "harmStatements", replaced(a.harmStatements(), 0, h -> with(h, "text", text))));
    }

    private static CaseRecord step(int index, java.util.function.UnaryOperator<NextStep> edit) {
        return map(a -> with(a, "nextSteps", replaced(a.nextSteps(), index, edit)));
    }

    private static CaseRecord participantsWithout(Role... roles) {
        List<Role> drop = List.of(roles);
        return map(a -> with(a, "participants", a.participants().stream().filter(p -> !drop.contains(p.role())).toList()));
    }

    /** The sample with the worker's number on the first danger statement at 1 and one more next step, due then. */
    static CaseRecord lowWithStepDue(java.time.LocalDate due) {
        CaseRecord low = scale(0, s -> with(s, "ratings", replaced(s.ratings(), 0, r -> with(r, "score", 1))));
        return map(low, a -> with(a, "nextSteps", plus(a.nextSteps(),
                new NextStep("Agree with Mum where Amy and Leo sleep this weekend.", "Social worker", due))));
    }

    /** The sample with a worker's number on the first version's judgement too, and the current map on a date. */
    private static CaseRecord firstJudgement(int workerScore, java.time.LocalDate currentDate) {
        SafetyScale first = new SafetyScale("Everyone is sure Amy and Leo are safe enough at home to close the case.",
                "Amy and Leo cannot live at home.", List.of(new ScaleRating(Role.WORKER, null, workerScore, "First look.")));
        List<Assessment> versions = replaced(SAMPLE.assessments(), 0, a -> with(a, "judgement", first));
        versions = replaced(versions, 1, a -> with(a, "date", currentDate));
        return with(SAMPLE, "assessments", versions);
    }
}
