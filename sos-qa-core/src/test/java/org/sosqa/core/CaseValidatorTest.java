package org.sosqa.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sosqa.core.testing.SampleCases;

/** Validating records built in code: pointers from property paths, each problem once, no case text. */
class CaseValidatorTest {

    private static CaseRecord withChildren(List<Child> children) {
        CaseRecord m = SampleCases.minimal();
        return new CaseRecord(m.id(), m.organisation(), m.team(), m.worker(), m.serviceStage(), m.opened(), m.closed(),
                children, m.people(), m.assessments(), m.events(), m.audits());
    }

    private static CaseRecord withAssessment(Assessment a) {
        CaseRecord m = SampleCases.minimal();
        return new CaseRecord(m.id(), m.organisation(), m.team(), m.worker(), m.serviceStage(), m.opened(), m.closed(),
                m.children(), List.of(new Person("p1", PersonKind.PARENT, null)), List.of(a), m.events(), m.audits());
    }

    private static Assessment assessment(List<DangerStatement> dangers, SafetyPlan plan) {
        return new Assessment(1, LocalDate.of(2024, 2, 1), List.of(), List.of(), dangers, null, List.of(), List.of(),
                List.of(), List.of(), List.of(), plan, List.of(), null);
    }

    @Test
    void validRecordsHaveNoViolations() {
        assertEquals(List.of(), CaseValidator.validate(SampleCases.full()));
        assertSame(SampleCases.minimal().getClass(), CaseValidator.requireValid(SampleCases.minimal()).getClass());
    }

    @Test
    void eachFieldProblemIsReportedOnceAtItsPointer() {
        CaseRecord record = withChildren(List.of(new Child(null, null, 30, Map.of())));
        // Document order; a missing property sorts after the properties present beside it.
        assertEquals(List.of(new Violation("/children/0/age", "\"age\" must be at most 25 (found 30)"),
                new Violation("/children/0/id", "required property \"id\" is missing")),
                CaseValidator.validate(record));
    }

    @Test
    void nestedPathsBecomeJsonPointers() {
        DangerStatement danger = new DangerStatement("d1", "A worry.", new SafetyGoal(" ", null), null, null);
        List<Violation> violations = CaseValidator.validate(withAssessment(assessment(List.of(danger), null)));
        assertEquals(List.of(new Violation("/assessments/0/dangerStatements/0/safetyGoal/text", "\"text\" must not be blank")),
                violations);
    }

    @Test
    void containerElementsPointAtTheItem() {
        PlanRule rule = new PlanRule("r1", "A rule.", List.of("p1", "Jane Smith"), List.of());
        List<Violation> violations = CaseValidator.validate(withAssessment(assessment(List.of(),
                new SafetyPlan(null, List.of(), null, List.of(rule)))));
        assertEquals(1, violations.size(), violations.toString());
        assertEquals("/assessments/0/safetyPlan/rules/0/keptBy/1", violations.get(0).path());
        assertFalse(violations.get(0).message().contains("Jane"), "an invalid id may be a name, so it is not echoed");
    }

    @Test
    void mapKeysAndValuesPointAtTheEntry() {
        CaseRecord record = withChildren(List.of(new Child("c1", 2015, null, Map.of("a/b", "v".repeat(65)))));
        assertEquals(List.of(new Violation("/children/0/characteristics/a~1b", "\"a/b\" must be at most 64 characters long (found 65)")),
                CaseValidator.validate(record));
    }

    @Test
    void crossFieldRulesApplyToRecordsBuiltInCode() {
        CaseRecord m = SampleCases.minimal();
        CaseRecord closedEarly = new CaseRecord(m.id(), m.organisation(), m.team(), m.worker(), m.serviceStage(),
                m.opened(), m.opened().minusDays(1), m.children(), m.people(), m.assessments(),
                List.of(new CaseEvent(EventType.REFERRAL, m.opened(), "c7")), m.audits());
        assertEquals(List.of("/closed", "/events/0/childId"),
                CaseValidator.validate(closedEarly).stream().map(Violation::path).toList());
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> CaseValidator.requireValid(closedEarly));
        assertEquals(2, e.violations().size());
    }
}
