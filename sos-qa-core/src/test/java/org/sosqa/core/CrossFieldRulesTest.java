package org.sosqa.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sosqa.core.DocumentFixture.assertHas;
import static org.sosqa.core.DocumentFixture.assertOnly;
import static org.sosqa.core.DocumentFixture.full;
import static org.sosqa.core.DocumentFixture.json;
import static org.sosqa.core.DocumentFixture.remove;
import static org.sosqa.core.DocumentFixture.set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sosqa.core.testing.SampleCases;

/** Each cross-field rule fires on the offending value's pointer, and only there. */
class CrossFieldRulesTest {

    private static final String V2 = "/assessments/1";

    @Test
    void theSampleIsValid() {
        assertEquals(List.of(), CaseValidator.validate(SampleCases.full()));
        assertEquals(List.of(), DocumentFixture.check(full()));
    }

    @Test
    void childIdsAreUniqueInTheCase() {
        assertHas(set(full(), "/children/1/id", "c1"), "/children/1/id", "duplicate child id \"c1\"", "/children/0");
    }

    @Test
    void personIdsAreUniqueInTheCase() {
        assertOnly(set(full(), "/people/2/id", "p-nan"), "/people/2/id", "duplicate person id \"p-nan\"");
    }

    @Test
    void auditIdsAreUniqueInTheCase() {
        ObjectNode doc = full();
        set(doc, "/audits/1", doc.at("/audits/0").deepCopy());
        assertOnly(doc, "/audits/1/id", "duplicate audit id \"audit-1\"");
    }

    @Test
    void statementIdsAreUniqueInTheirVersionAcrossHarmAndDanger() {
        ObjectNode doc = full();
        set(doc, V2 + "/harmStatements/1", json("{\"id\":\"d1\",\"text\":\"Another harm.\"}"));
        assertOnly(doc, V2 + "/dangerStatements/0/id", "duplicate statement id \"d1\"");
    }

    @Test
    void statementIdsMayRepeatAcrossVersions() {
        assertEquals(List.of(), DocumentFixture.check(full()), "h1 and d1 appear in both versions of the sample");
    }

    @Test
    void planRuleIdsAreUniqueInTheirPlan() {
        ObjectNode doc = full();
        set(doc, V2 + "/safetyPlan/rules/1", doc.at(V2 + "/safetyPlan/rules/0").deepCopy());
        assertOnly(doc, V2 + "/safetyPlan/rules/1/id", "duplicate plan rule id \"r1\"");
    }

    @Test
    void assessmentVersionsStrictlyIncrease() {
        assertOnly(set(full(), V2 + "/version", json("1")), V2 + "/version", "version 1 follows version 1");
    }

    @Test
    void assessmentDatesDoNotDecrease() {
        assertOnly(set(full(), V2 + "/date", "2024-01-31"), V2 + "/date", "date order");
        assertEquals(List.of(), DocumentFixture.check(set(full(), V2 + "/date", "2024-02-01")), "the same date is fine");
    }

    @Test
    void aCaseDoesNotCloseBeforeItOpens() {
        assertOnly(set(full(), "/closed", "2024-01-19"), "/closed", "\"closed\" is before \"opened\"");
        assertEquals(List.of(), DocumentFixture.check(set(full(), "/closed", "2024-01-20")), "closing the day it opened is fine");
    }

    @Test
    void aChildHasAYearOfBirthOrAnAge() {
        assertOnly(remove(full(), "/children/0/yearOfBirth"), "/children/0", "\"yearOfBirth\" or \"age\"", "\"c1\"");
    }

    @Test
    void existingSafetyNamesADangerStatementOfItsVersion() {
        assertOnly(set(full(), V2 + "/existingSafety/0/dangerStatementId", "d9"),
                V2 + "/existingSafety/0/dangerStatementId", "\"d9\" is not a danger statement");
    }

    @Test
    void planRulesAreKeptByTheCasesPeople() {
        assertOnly(set(full(), V2 + "/safetyPlan/rules/0/keptBy/1", "p-x"),
                V2 + "/safetyPlan/rules/0/keptBy/1", "\"p-x\" is not one of the case's people");
    }

    @Test
    void planRulesAddressDangerStatementsOfTheirVersion() {
        assertOnly(set(full(), V2 + "/safetyPlan/rules/0/addresses/0", "h1"),
                V2 + "/safetyPlan/rules/0/addresses/0", "\"h1\" is not a danger statement");
    }

    @Test
    void networkMembersAreTheCasesPeople() {
        assertOnly(set(full(), V2 + "/safetyNetwork/0/personId", "p-x"), V2 + "/safetyNetwork/0/personId", "people");
    }

    @Test
    void participantsAreTheCasesPeople() {
        assertOnly(set(full(), V2 + "/participants/1/personId", "p-x"), V2 + "/participants/1/personId", "people");
    }

    @Test
    void scaleRatersAreTheCasesPeople() {
        assertOnly(set(full(), V2 + "/dangerStatements/0/scale/ratings/1/personId", "p-x"),
                V2 + "/dangerStatements/0/scale/ratings/1/personId", "people");
        assertOnly(set(full(), V2 + "/judgement/ratings/0/personId", "p-x"),
                V2 + "/judgement/ratings/0/personId", "people");
    }

    @Test
    void childVoiceWorkIsWithOneOfTheChildren() {
        assertOnly(set(full(), V2 + "/childVoice/0/childId", "c9"), V2 + "/childVoice/0/childId",
                "\"c9\" is not one of the case's children");
    }

    @Test
    void eventsConcernOneOfTheChildren() {
        assertOnly(set(full(), "/events/2/childId", "c9"), "/events/2/childId", "children");
    }

    @Test
    void safetyPlanReviewsAreInDateOrder() {
        ObjectNode doc = set(full(), V2 + "/safetyPlan/reviews/1", "2024-04-01");
        assertOnly(doc, V2 + "/safetyPlan/reviews/1", "date order");
    }

    @Test
    void everyDangerStatementHasItsSafetyGoal() {
        assertOnly(remove(full(), V2 + "/dangerStatements/0/safetyGoal"), V2 + "/dangerStatements/0/safetyGoal",
                "required property \"safetyGoal\" is missing");
    }

    @Test
    void allBrokenRulesAreReportedAtOnce() {
        ObjectNode doc = full();
        set(doc, "/closed", "2020-01-01");
        set(doc, "/events/0/childId", "c9");
        set(doc, V2 + "/safetyNetwork/0/personId", "p-x");
        List<Violation> violations = DocumentFixture.check(doc);
        // Document order: "closed" was absent from the sample, so it was added after "audits".
        assertEquals(List.of(V2 + "/safetyNetwork/0/personId", "/events/0/childId", "/closed"),
                violations.stream().map(Violation::path).toList(), violations.toString());
        assertHas(doc, "/closed", "before");
    }
}
