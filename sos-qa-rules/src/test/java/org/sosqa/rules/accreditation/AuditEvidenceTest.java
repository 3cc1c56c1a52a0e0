package org.sosqa.rules.accreditation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sosqa.core.accreditation.Evidence;
import org.sosqa.core.accreditation.EvidenceStream;
import org.sosqa.core.measure.ImprovementNotation;
import org.sosqa.rules.AuditEvidence;
import org.sosqa.rules.AuditReport;
import org.sosqa.rules.DomainScore;
import org.sosqa.rules.Grade;

/** Depth evidence from a cycle's audit reports, worked out by hand. */
class AuditEvidenceTest {

    private static AuditReport report(String id, Grade grade, double score, Double danger, Double goals) {
        return new AuditReport(id, grade, score, List.of(new DomainScore("danger", danger, List.of()),
                new DomainScore("goals", goals, List.of())), List.of(), List.of(), List.of());
    }

    @Test
    void threeReportsGiveTheirMeansAndRates() {
        List<Evidence> evidence = AuditEvidence.from(2, List.of(
                report("c1", Grade.GOOD, 7.0, 8.0, 6.0),
                report("c2", Grade.INADEQUATE, 3.0, 2.0, null),
                report("c3", Grade.OUTSTANDING, 9.5, 9.0, 9.0)));
        // mean score (7 + 3 + 9.5) / 3 = 6.5; good or better 2 of 3 = 66.7 %; inadequate 1 of 3 = 33.3 %;
        // danger (8 + 2 + 9) / 3 = 6.333 -> 6.3; goals (6 + 9) / 2 = 7.5 over 2 cases.
        assertEquals(List.of(
                Evidence.measure(EvidenceStream.DEPTH, "depth.mean-score", "Mean audit score (0-10)", 2, new BigDecimal("6.5"), ImprovementNotation.INCREASE, 3),
                Evidence.measure(EvidenceStream.DEPTH, "depth.good-or-better-rate", "Cases audited good or outstanding, %", 2, new BigDecimal("66.7"), ImprovementNotation.INCREASE, 3),
                Evidence.measure(EvidenceStream.DEPTH, "depth.inadequate-rate", "Cases audited inadequate, %", 2, new BigDecimal("33.3"), ImprovementNotation.DECREASE, 3),
                Evidence.measure(EvidenceStream.DEPTH, "depth.domain.danger", "Mean domain score: danger (0-10)", 2, new BigDecimal("6.3"), ImprovementNotation.INCREASE, 3),
                Evidence.measure(EvidenceStream.DEPTH, "depth.domain.goals", "Mean domain score: goals (0-10)", 2, new BigDecimal("7.5"), ImprovementNotation.INCREASE, 2)),
                evidence);
    }

    @Test
    void noReportsGiveMeasuresWithoutValues() {
        List<Evidence> evidence = AuditEvidence.from(1, List.of());
        assertEquals(3, evidence.size());
        assertEquals(List.of(false, false, false), evidence.stream().map(Evidence::hasValue).toList());
        assertEquals(List.of(0L, 0L, 0L), evidence.stream().map(Evidence::count).toList());
    }
}
