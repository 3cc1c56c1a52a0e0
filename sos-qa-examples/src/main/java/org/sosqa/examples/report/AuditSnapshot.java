package org.sosqa.examples.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sosqa.core.CaseRecord;
import org.sosqa.rules.AuditReport;

/**
 * The practice-depth audit of a set of cases as they stood on a day.
 *
 * @param day the day
 * @param label how the report names it ("31 March 2025", "every case, latest map")
 * @param cases the cases as they stood on the day
 * @param reports their audit reports, in the same order
 */
public record AuditSnapshot(LocalDate day, String label, List<CaseRecord> cases, List<AuditReport> reports) {

    /** Copies the lists and checks they pair up. */
    public AuditSnapshot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(label, "label");
        cases = List.copyOf(cases);
        reports = List.copyOf(reports);
        if (cases.size() != reports.size()) {
            throw new IllegalArgumentException(cases.size() + " cases but " + reports.size() + " reports");
        }
    }
}
