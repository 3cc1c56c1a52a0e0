package org.sosqa.examples.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sosqa.rules.AuditOutcome;
import org.sosqa.rules.AuditReport;
import org.sosqa.rules.CriterionResult;
import org.sosqa.rules.DomainScore;
import org.sosqa.rules.Finding;
import org.sosqa.rules.Grade;
import org.sosqa.rules.RaterAgreement;
import org.sosqa.rules.RulePackInfo;

/**
 * What a batch audit adds up to, kept as counts so a batch of any length needs little memory: grades,
 * scores, the criteria not met, and, for rater agreement, only the criterion ratings an auditor also
 * gave. Not thread-safe: fed on one thread.
 */
final class AuditTally {
    /** The rating scale of the default instrument, for rater agreement. */
    static final int MIN_RATING = 0;
    static final int MAX_RATING = 3;

    private long documents;
    private long audited;
    private long invalid;
    private long failed;
    private double scoreSum;
    private final Map<Grade, Long> grades = new EnumMap<>(Grade.class);
    private final Map<String, Long> casesNotMet = new HashMap<>();
    private final List<AuditReport> rated = new ArrayList<>();
    private final Set<RulePackInfo> packs = new LinkedHashSet<>();
    private AuditReport first;

    void add(AuditOutcome outcome) {
        documents++;
        if (outcome instanceof AuditOutcome.Audited a) {
            add(a.report());
        } else if (outcome instanceof AuditOutcome.Rejected) {
            invalid++;
        } else {
            failed++;
        }
    }

    private void add(AuditReport report) {
        audited++;
        if (first == null) {
            first = report;
        }
        scoreSum += report.score();
        grades.merge(report.grade(), 1L, Long::sum);
        packs.add(report.rulePack());
        report.findings().stream().filter(f -> !f.met()).map(Finding::criterion).distinct()
                .forEach(c -> casesNotMet.merge(c, 1L, Long::sum));
        AuditReport slim = ratedOnly(report);
        if (slim != null) {
            rated.add(slim);
        }
    }

    // The report cut down to the criteria both the engine and an auditor rated: all agreement needs.
    private static AuditReport ratedOnly(AuditReport report) {
        List<DomainScore> domains = new ArrayList<>();
        for (DomainScore domain : report.domains()) {
            List<CriterionResult> both = domain.criteria().stream()
                    .filter(c -> c.rating() != null && c.auditorRating() != null).toList();
            if (!both.isEmpty()) {
                domains.add(new DomainScore(domain.id(), domain.score(), both));
            }
        }
        return domains.isEmpty() ? null
                : new AuditReport(report.caseId(), report.grade(), report.score(), domains, List.of(), List.of(), report.rulePacks());
    }

    long documents() {
        return documents;
    }

    long audited() {
        return audited;
    }

    long invalid() {
        return invalid;
    }

    long failed() {
        return failed;
    }

    /** The mean overall score of the audited cases, or NaN when there were none. */
    double meanScore() {
        return audited == 0 ? Double.NaN : scoreSum / audited;
    }

    /** How many cases had each grade, best grade first; grades no case had are left out. */
    Map<Grade, Long> grades() {
        return grades;
    }

    /** The rule packs the reports named, in the order first seen. */
    Set<RulePackInfo> rulePacks() {
        return packs;
    }

    /** The only report, when exactly one document was given and it was audited. */
    AuditReport single() {
        return documents == 1 && audited == 1 ? first : null;
    }

    /**
     * The criteria most often not met, most cases first, then by id.
     *
     * @param limit how many at most
     * @return criterion id to the number of cases
     */
    List<Map.Entry<String, Long>> mostOftenNotMet(int limit) {
        return casesNotMet.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .toList();
    }

    /**
     * How far the engine agrees with the auditors' own ratings.
     *
     * @param anyCollaborativeAudit whether any case carried a collaborative audit
     * @return the agreement, or null when no case carried one
     */
    RaterAgreement agreement(boolean anyCollaborativeAudit) {
        return anyCollaborativeAudit ? RaterAgreement.of(rated, MIN_RATING, MAX_RATING) : null;
    }
}
