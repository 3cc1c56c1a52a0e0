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

class DefaultKieBaseConcurrencyTest {

    private static final int THREADS = 4;
    private static final int EXECUTIONS_PER_THREAD = 2_000;

    @Test
    void fourThreadsSharingTheKieBaseEachGetTheirOwnResults() throws Exception {
        LoadedRules rules = DefaultKieBase.get();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<Integer> task = () -> {
                    start.await();
                    int checked = 0;
                    for (int i = 0; i < EXECUTIONS_PER_THREAD; i++) {
                        // Distinct per thread and per execution, so any mixing of facts shows.
                        int value = thread * 1_000_000 + i;
                        SmokeResult result = new SmokeResult();
                        rules.execute(List.of(new SmokeInput(value), result));
                        assertEquals(List.of(value * 2), result.values(), "thread " + thread + " execution " + i);
                        checked++;
                    }
                    return checked;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Integer> f : futures) {
                assertEquals(EXECUTIONS_PER_THREAD, f.get(2, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
