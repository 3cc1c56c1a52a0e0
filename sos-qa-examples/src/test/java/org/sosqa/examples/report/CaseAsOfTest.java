package org.sosqa.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sosqa.core.Assessment;
import org.sosqa.core.CaseEvent;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.Child;
import org.sosqa.core.EventType;
import org.sosqa.core.ServiceStage;

class CaseAsOfTest {

    private static Assessment version(int v, LocalDate date) {
        return new Assessment(v, date, List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of(), List.of(),
                List.of(), null, List.of(), null);
    }

    private static final CaseRecord CASE = new CaseRecord("case-1", "org", "team", "w-1", ServiceStage.CHILD_IN_NEED,
            LocalDate.of(2024, 1, 10), LocalDate.of(2024, 9, 1), List.of(new Child("c-1", 2015, null, Map.of())),
            List.of(), List.of(version(1, LocalDate.of(2024, 2, 1)), version(2, LocalDate.of(2024, 6, 1))),
            List.of(new CaseEvent(EventType.REFERRAL, LocalDate.of(2024, 1, 10), "c-1"),
                    new CaseEvent(EventType.CLOSURE, LocalDate.of(2024, 9, 1), null)),
            List.of());

    @Test
    void aCaseOnADayHasOnlyWhatWasRecordedByThen() {
        CaseRecord then = CaseAsOf.on(CASE, LocalDate.of(2024, 3, 31)).orElseThrow();
        assertEquals(1, then.assessments().size());
        assertEquals(1, then.events().size());
        assertNull(then.closed(), "it closed later, so it was open then");
        assertTrue(CaseAsOf.openOn(CASE, LocalDate.of(2024, 3, 31)));
    }

    @Test
    void beforeItOpenedThereIsNoCaseAndAfterItClosedItIsItself() {
        assertTrue(CaseAsOf.on(CASE, LocalDate.of(2024, 1, 9)).isEmpty());
        assertSame(CASE, CaseAsOf.on(CASE, LocalDate.of(2025, 3, 31)).orElseThrow());
        assertFalse(CaseAsOf.openOn(CASE, LocalDate.of(2024, 9, 1)), "closed at the end of its closing day");
        assertTrue(CaseAsOf.openOn(CASE, LocalDate.of(2024, 8, 31)));
    }
}
