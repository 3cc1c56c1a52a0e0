package org.sosqa.examples.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.sosqa.core.BatchItem;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.SosQaJson;
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.AuditOutcome;

/**
 * Goal 5: audits a long stream of cases with {@link AuditEngine#auditAll} and reports throughput and the
 * heap it needed. Run it in a small heap to show the stream is never held in memory:
 *
 * <pre>
 * java -Xmx256m -cp sos-qa-examples/target/benchmarks.jar org.sosqa.examples.bench.StreamAudit --count 1000000
 * </pre>
 *
 * <p>Options: {@code --count N} (default 1,000,000); {@code --source records} (default: records made on
 * the fly, each a distinct case id over 64 seeded variations of the sample) or {@code --source jsonl}
 * (first writes N documents as JSON Lines to a temporary file, then reads them back with
 * {@code SosQaJson.readBatch}, so reading is measured too; about 9 KB of disk a case; the file is deleted
 * at the end). The peak heap is the most ever in use, garbage included; the live heap is the most in use
 * just after a collection, which is what the stream really keeps. {@code --read-threads N} (default 1)
 * reads the JSON Lines documents on N threads ({@code SosQaJson.readBatch(path, N)}).
 */
public final class StreamAudit {

    private static final int VARIANTS = 64;
    private static final long SEED = 42;

    private StreamAudit() {
    }

    /**
     * Runs the stream.
     *
     * @param args {@code --count N}, {@code --source records|jsonl}
     * @throws IOException if the temporary file fails
     */
    public static void main(String[] args) throws IOException {
        long count = 1_000_000;
        String source = "records";
        int readThreads = 1;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--count" -> count = Long.parseLong(args[i + 1].replace("_", "").replace(",", ""));
                case "--source" -> source = args[i + 1];
                case "--read-threads" -> readThreads = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        HeapWatch heap = HeapWatch.start();
        AuditEngine engine = AuditEngine.withDefaultRules();
        Path file = null;
        Stream<BatchItem> items;
        if (source.equals("jsonl")) {
            file = Files.createTempFile("sos-qa-stream-", ".jsonl");
            long written = System.nanoTime();
            writeJsonLines(file, count);
            System.err.printf(Locale.ROOT, "wrote %,d documents (%,d MB) in %.1f s%n", count,
                    Files.size(file) >> 20, (System.nanoTime() - written) / 1e9);
            items = SosQaJson.readBatch(file, readThreads);
        } else if (source.equals("records")) {
            List<CaseRecord> variants = Cases.records(VARIANTS, SEED);
            items = LongStream.range(0, count).mapToObj(i -> new BatchItem.ValidCase("generated:" + (i + 1),
                    Cases.withId(variants.get((int) (i % VARIANTS)), String.format(Locale.ROOT, "case-%07d", i))));
        } else {
            throw new IllegalArgumentException("--source must be records or jsonl");
        }
        heap.reset();
        Map<String, Long> outcomes = new TreeMap<>();
        long start = System.nanoTime();
        long done = 0;
        try (Stream<AuditOutcome> results = engine.auditAll(items)) {
            for (AuditOutcome outcome : (Iterable<AuditOutcome>) results::iterator) {
                String key = outcome instanceof AuditOutcome.Audited a ? a.report().grade().name()
                        : outcome.getClass().getSimpleName();
                outcomes.merge(key, 1L, Long::sum);
                if (++done % 100_000 == 0) {
                    System.err.printf(Locale.ROOT, "%,d cases, %.0f s%n", done, (System.nanoTime() - start) / 1e9);
                }
            }
        } finally {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "source %s: %,d cases in %.1f s, %,.0f cases/s; max heap %d MB; peak heap used %d MB;"
                        + " most live after a collection %d MB; %d collections; outcomes %s%n",
                source, done, seconds, done / seconds, Runtime.getRuntime().maxMemory() >> 20,
                heap.peakUsed() >> 20, heap.peakAfterGc() >> 20, heap.collections(), outcomes);
    }

    private static void writeJsonLines(Path file, long count) throws IOException {
        List<byte[]> documents = Cases.documents(VARIANTS, SEED);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (long i = 0; i < count; i++) {
                int v = (int) (i % VARIANTS);
                String doc = new String(documents.get(v), StandardCharsets.UTF_8)
                        .replace(String.format(Locale.ROOT, "\"case-%07d\"", v), String.format(Locale.ROOT, "\"case-%07d\"", i));
                out.write(doc.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The most heap in use, sampled, and the most still in use after each collection. */
    private static final class HeapWatch {
        private final AtomicLong peakUsed = new AtomicLong();
        private final AtomicLong peakAfterGc = new AtomicLong();
        private final AtomicLong collections = new AtomicLong();

        static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        return;
                    }
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long before = info.getGcInfo().getMemoryUsageBeforeGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                    long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                    watch.peakUsed.accumulateAndGet(before, Math::max);
                    watch.peakAfterGc.accumulateAndGet(after, Math::max);
                    watch.collections.incrementAndGet();
                }, null, null);
            }
            return watch;
        }

        void reset() {
            peakUsed.set(0);
            peakAfterGc.set(0);
            collections.set(0);
        }

        long peakUsed() {
            return Math.max(peakUsed.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }

        long peakAfterGc() {
            return peakAfterGc.get();
        }

        long collections() {
            return collections.get();
        }
    }
}
