package org.sosqa.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.SampleCase;
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.AuditReport;
import org.sosqa.rules.StatementKind;
import org.sosqa.rules.StatementReport;

/**
 * One engine, so one shared KieBase, used from four threads at once: each audit and each statement
 * check must see only its own facts, so every result equals the one computed alone beforehand.
 */
class DefaultKieBaseConcurrencyTest {

    private static final int THREADS = 4;
    private static final int AUDITS_PER_THREAD = 50;
    private static final int CHECKS_PER_THREAD = 500;

    // One statement per thread, different in what they have, so a mixed-up session shows.
    private static final List<String> STATEMENTS = List.of(
            "The school and Gran are worried that Dad might hit Amy again when he has been drinking, so that she is hurt.",
            "Mum has a diagnosis of depression.",
            "Social workers are worried about neglect and substance misuse.",
            "Dad will take Amy to school every day and she will feel safe at home for the next six months.");

    private static CaseRecord withId(CaseRecord r, String id) {
        return new CaseRecord(id, r.organisation(), r.team(), r.worker(), r.serviceStage(), r.opened(), r.closed(),
                r.children(), r.people(), r.assessments(), r.events(), r.audits());
    }

    private static AuditReport withCaseId(AuditReport r, String id) {
        return new AuditReport(id, r.grade(), r.score(), r.domains(), r.findings(), r.limits(), r.rulePacks());
    }

    @Test
    void fourThreadsSharingTheKieBaseEachGetTheirOwnResults() throws Exception {
        AuditEngine engine = AuditEngine.withDefaultRules();
        CaseRecord sample = SampleCase.record();
        AuditReport expectedAudit = engine.audit(sample);
        List<StatementKind> kinds = List.of(StatementKind.DANGER, StatementKind.DANGER, StatementKind.DANGER, StatementKind.GOAL);
        List<StatementReport> expectedChecks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            expectedChecks.add(engine.checkStatement(kinds.get(t), STATEMENTS.get(t)));
        }
        assertEquals(THREADS, expectedChecks.stream().distinct().count(), "the statements give different reports");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<Integer> task = () -> {
                    start.await();
                    int checked = 0;
                    for (int i = 0; i < CHECKS_PER_THREAD; i++) {
                        assertEquals(expectedChecks.get(thread), engine.checkStatement(kinds.get(thread), STATEMENTS.get(thread)),
                                "thread " + thread + " check " + i);
                        checked++;
                        if (i < AUDITS_PER_THREAD) {
                            // Distinct per thread and per audit, so any mixing of cases shows.
                            String id = "case-" + thread + "-" + i;
                            assertEquals(withCaseId(expectedAudit, id), engine.audit(withId(sample, id)),
                                    "thread " + thread + " audit " + i);
                            checked++;
                        }
                    }
                    return checked;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Integer> f : futures) {
                assertEquals(CHECKS_PER_THREAD + AUDITS_PER_THREAD, f.get(5, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
