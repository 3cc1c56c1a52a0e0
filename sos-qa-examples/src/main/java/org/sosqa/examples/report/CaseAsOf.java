package org.sosqa.examples.report;

import java.time.LocalDate;
import java.util.Optional;
import org.sosqa.core.CaseRecord;

/**
 * A case as it stood at the end of a day: only the assessment versions, events and audits dated on or
 * before it, and open if it closed later. This is how the report looks back: the dashboard and the audit
 * as they would have read on each quarter or year end, from today's records.
 */
final class CaseAsOf {

    private CaseAsOf() {
    }

    /** The case as it stood on a day, or empty if it had not yet opened. */
    static Optional<CaseRecord> on(CaseRecord c, LocalDate day) {
        if (c.opened().isAfter(day)) {
            return Optional.empty();
        }
        if (!c.assessments().isEmpty() && !c.currentAssessment().get().date().isAfter(day)
                && c.events().stream().noneMatch(e -> e.date().isAfter(day))
                && c.audits().stream().noneMatch(a -> a.date().isAfter(day))
                && (c.closed() == null || !c.closed().isAfter(day))) {
            return Optional.of(c);
        }
        return Optional.of(new CaseRecord(c.id(), c.organisation(), c.team(), c.worker(), c.serviceStage(), c.opened(),
                c.closed() != null && !c.closed().isAfter(day) ? c.closed() : null, c.children(), c.people(),
                c.assessments().stream().filter(a -> !a.date().isAfter(day)).toList(),
                c.events().stream().filter(e -> !e.date().isAfter(day)).toList(),
                c.audits().stream().filter(a -> !a.date().isAfter(day)).toList()));
    }

    /** Whether a case was open at the end of a day. */
    static boolean openOn(CaseRecord c, LocalDate day) {
        return !c.opened().isAfter(day) && (c.closed() == null || c.closed().isAfter(day));
    }
}
