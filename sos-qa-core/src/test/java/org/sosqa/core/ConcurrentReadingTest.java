package org.sosqa.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sosqa.core.testing.CaseGenerator;
import org.sosqa.core.testing.DocumentMutator;

/** One reader shared by several threads gives the same results as one thread alone. */
class ConcurrentReadingTest {

    @Test
    void sharedReaderGivesTheSameResultsFromManyThreads() throws Exception {
        List<byte[]> documents = new ArrayList<>();
        for (long seed = 0; seed < 40; seed++) {
            CaseRecord record = new CaseGenerator(seed).nextCase();
            documents.add(SosQaJson.toJson(record).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            documents.add(new DocumentMutator(seed).mutate(record).document());
        }
        CaseReader reader = SosQaJson.reader();
        List<ValidationResult> expected = documents.stream().map(reader::check).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ValidationResult>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> documents.stream().map(reader::check).toList()));
            }
            for (Future<List<ValidationResult>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
