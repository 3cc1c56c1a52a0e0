package org.sosqa.rules.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sosqa.core.BatchItem;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.Violation;
import org.sosqa.core.testing.CaseGenerator;
import org.sosqa.core.testing.SampleCases;
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.AuditException;
import org.sosqa.rules.AuditOutcome;
import org.sosqa.rules.AuditReport;

/** One engine shared by threads, and batches that keep their order and go on past bad cases. */
class ThreadsAndBatchesTest {

    private static final long SEED = 424_242;
    private static final int CASES = 500;
    private static final int THREADS = 8;
    private static final AuditEngine ENGINE = AuditEngine.withDefaultRules();

    /** The generated cases, from one seeded generator: case i is the i-th it makes. */
    private static List<CaseRecord> generated() {
        CaseGenerator generator = new CaseGenerator(SEED);
        List<CaseRecord> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            cases.add(generator.nextCase());
        }
        return cases;
    }

    @Test
    void eightThreadsAuditingTheSameCasesGiveTheReportsOfOne() throws Exception {
        List<CaseRecord> cases = generated();
        List<AuditReport> single = cases.stream().map(ENGINE::audit).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<AuditReport[]>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t * CASES / THREADS;
                results.add(pool.submit(() -> {
                    start.await();
                    // Each thread starts at a different case, so different cases are audited at once.
                    AuditReport[] reports = new AuditReport[CASES];
                    for (int k = 0; k < CASES; k++) {
                        int i = (offset + k) % CASES;
                        reports[i] = ENGINE.audit(cases.get(i));
                    }
                    return reports;
                }));
            }
            start.countDown();
            for (int t = 0; t < THREADS; t++) {
                AuditReport[] reports = results.get(t).get();
                for (int i = 0; i < CASES; i++) {
                    assertEquals(single.get(i), reports[i], "thread " + t + ", case " + i + " of seed " + SEED);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void auditAllGivesOutcomesInInputOrderWithRejectedItemsInTheirPlace() {
        List<CaseRecord> cases = generated();
        List<BatchItem> items = new ArrayList<>();
        List<AuditOutcome> expected = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            if (i % 37 == 5) {
                List<Violation> problems = List.of(new Violation("/children", "at least one child is needed"));
                items.add(new BatchItem.InvalidCase("cases.jsonl:" + items.size(), problems));
                expected.add(new AuditOutcome.Rejected("cases.jsonl:" + (items.size() - 1), problems));
            }
            String source = "cases.jsonl:" + items.size();
            items.add(new BatchItem.ValidCase(source, cases.get(i)));
            expected.add(new AuditOutcome.Audited(source, ENGINE.audit(cases.get(i))));
        }
        AuditEngine parallel = AuditEngine.builder().parallelism(THREADS).build();
        List<AuditOutcome> outcomes;
        try (Stream<AuditOutcome> stream = parallel.auditAll(items.stream())) {
            outcomes = stream.toList();
        }
        assertEquals(expected.size(), outcomes.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), outcomes.get(i), "outcome " + i + " (cases of seed " + SEED + ")");
        }
        assertTrue(outcomes.stream().filter(o -> o instanceof AuditOutcome.Rejected).count() >= 10);
    }

    @Test
    void aCaseOverTheFiringLimitFailsNamingARuleAndTheBatchGoesOn() {
        // The minimal case (one child of six, no map) takes four firings; the sample takes about seventy.
        AuditEngine strict = AuditEngine.builder().maxRuleFirings(5).parallelism(4).build();
        CaseRecord small = SampleCases.minimal();
        List<BatchItem> items = List.of(
                new BatchItem.ValidCase("a.json", small),
                new BatchItem.ValidCase("sample.json", Cases.SAMPLE),
                new BatchItem.InvalidCase("bad.json", List.of(new Violation("/id", "\"id\" is missing"))),
                new BatchItem.ValidCase("b.json", small));
        List<AuditOutcome> outcomes;
        try (Stream<AuditOutcome> stream = strict.auditAll(items.stream())) {
            outcomes = stream.toList();
        }
        assertEquals(4, outcomes.size());
        assertEquals(List.of("a.json", "sample.json", "bad.json", "b.json"), outcomes.stream().map(AuditOutcome::source).toList());
        assertEquals(new AuditOutcome.Audited("a.json", ENGINE.audit(small)), outcomes.get(0));
        AuditOutcome.Failed failed = assertInstanceOf(AuditOutcome.Failed.class, outcomes.get(1));
        assertEquals(Cases.SAMPLE.id(), failed.caseId());
        assertTrue(RuleCoverageTest.rules().containsKey(failed.rule()), "names a rule of the pack: " + failed.rule());
        assertTrue(failed.message().contains("'" + failed.rule() + "'"), failed.message());
        assertInstanceOf(AuditOutcome.Rejected.class, outcomes.get(2));
        assertEquals(new AuditOutcome.Audited("b.json", ENGINE.audit(small)), outcomes.get(3));

        AuditException thrown = assertThrows(AuditException.class, () -> strict.audit(Cases.SAMPLE));
        assertEquals(failed.rule(), thrown.rule());
        assertEquals(Cases.SAMPLE.id(), thrown.caseId());
    }

    @Test
    void aFiringLimitThatIsNotReachedChangesNothing() {
        AuditEngine roomy = AuditEngine.builder().maxRuleFirings(200).build();
        assertEquals(ENGINE.audit(Cases.SAMPLE), roomy.audit(Cases.SAMPLE));
    }
}
