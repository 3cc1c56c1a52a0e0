package org.sosqa.examples.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.sosqa.core.BatchItem;
import org.sosqa.core.CaseRecord;
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.AuditOutcome;
import org.sosqa.rules.AuditReport;

/**
 * Runs the practice-depth part of the quality assurance cycle over an organisation's cases: every case's
 * latest map, the cases open on the report date, and the cases open at the end of each collection year
 * (31 March, up to the report date) as they stood then. Measures, core
 * data and the other streams are computed by the sections themselves from the cases.
 */
public final class QualityCycle {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private QualityCycle() {
    }

    /**
     * Gathers the evidence.
     *
     * @param organisationId the organisation's id
     * @param organisationName its name
     * @param synthetic whether the data are made up
     * @param reportDate the day the report is for
     * @param collectionYears the collection years, each named by the 31 March it ends on, oldest first
     * @param teams team id to name, in the order to show them
     * @param childPopulation children under 18 in the area, or null
     * @param cases every case, valid
     * @param engine the audit engine
     * @param audited told the running count of cases audited, for progress
     * @return the evidence
     * @throws IllegalStateException if a rule fails on a case (the default rules never should)
     */
    public static Evidence run(String organisationId, String organisationName, boolean synthetic, LocalDate reportDate,
            List<Integer> collectionYears, Map<String, String> teams, Long childPopulation, List<CaseRecord> cases,
            AuditEngine engine, LongConsumer audited) {
        AtomicLong count = new AtomicLong();
        AuditSnapshot latest = audit(engine, reportDate, "every case, latest map", cases, Map.of(), count, audited);
        // A case that has not changed since a year end is the same record: its report is reused, not redone.
        Map<CaseRecord, AuditReport> done = new IdentityHashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            done.put(latest.cases().get(i), latest.reports().get(i));
        }
        List<AuditSnapshot> yearEnds = new ArrayList<>();
        AuditSnapshot current = null;
        for (int year : collectionYears) {
            LocalDate end = LocalDate.of(year, 3, 31);
            if (end.isAfter(reportDate)) {
                continue; // a year still running has no year end yet
            }
            yearEnds.add(openOn(engine, end, cases, done, count, audited));
            if (end.equals(reportDate)) {
                current = yearEnds.get(yearEnds.size() - 1);
            }
        }
        if (current == null) {
            current = openOn(engine, reportDate, cases, done, count, audited);
        }
        return new Evidence(organisationId, organisationName, synthetic, reportDate, collectionYears, teams,
                childPopulation, cases, latest, current, yearEnds, engine.rulePacks());
    }

    /** The cases open at the end of a day, as they stood then, audited. */
    private static AuditSnapshot openOn(AuditEngine engine, LocalDate day, List<CaseRecord> cases,
            Map<CaseRecord, AuditReport> done, AtomicLong count, LongConsumer audited) {
        List<CaseRecord> open = cases.stream().filter(c -> CaseAsOf.openOn(c, day))
                .map(c -> CaseAsOf.on(c, day).orElseThrow()).toList();
        return audit(engine, day, "open cases on " + day.format(DAY), open, done, count, audited);
    }

    private static AuditSnapshot audit(AuditEngine engine, LocalDate day, String label, List<CaseRecord> cases,
            Map<CaseRecord, AuditReport> done, AtomicLong count, LongConsumer audited) {
        List<CaseRecord> todo = cases.stream().filter(c -> !done.containsKey(c)).toList();
        Map<CaseRecord, AuditReport> reportOf = new IdentityHashMap<>(done);
        Stream<BatchItem> items = todo.stream().map(c -> new BatchItem.ValidCase(c.id(), c));
        Iterator<CaseRecord> next = todo.iterator();
        try (Stream<AuditOutcome> outcomes = engine.auditAll(items)) {
            outcomes.forEach(o -> {
                CaseRecord c = next.next(); // outcomes come in input order
                if (o instanceof AuditOutcome.Audited a) {
                    reportOf.put(c, a.report());
                    audited.accept(count.incrementAndGet());
                } else if (o instanceof AuditOutcome.Failed f) {
                    throw new IllegalStateException("rule " + f.rule() + " failed on case " + f.caseId());
                } else {
                    throw new IllegalStateException("case " + o.source() + " is not valid");
                }
            });
        }
        return new AuditSnapshot(day, label, cases, cases.stream().map(reportOf::get).toList());
    }
}
