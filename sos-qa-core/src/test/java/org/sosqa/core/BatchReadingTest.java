package org.sosqa.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sosqa.core.testing.CaseGenerator;
import org.sosqa.core.testing.SampleCases;

/** JSON Lines files and directories: every good document read, every bad one reported, in order. */
class BatchReadingTest {

    @TempDir
    Path dir;

    private static String line(CaseRecord record) {
        try {
            return new ObjectMapper().readTree(SosQaJson.toJson(record)).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<BatchItem> all(Path path) {
        try (Stream<BatchItem> items = SosQaJson.readBatch(path)) {
            return items.toList();
        }
    }

    @Test
    void jsonLinesWithABadLineInTheMiddle() throws IOException {
        CaseGenerator gen = new CaseGenerator(42);
        CaseRecord a = gen.nextCase();
        CaseRecord b = gen.nextCase();
        CaseRecord c = gen.nextCase();
        Path file = dir.resolve("cases.jsonl");
        Files.writeString(file, line(a) + "\n"
                + line(b) + "\n"
                + "\n"
                + "{\"schemaVersion\": \"1.0\", \"id\": \n"
                + "   \t\n"
                + line(c) + "\r\n"
                + line(SampleCases.minimal()).replace("EARLY_HELP", "EARLY") + "\n", StandardCharsets.UTF_8);
        List<BatchItem> items = all(file);
        String name = file.toString();
        assertEquals(List.of(name + ":1", name + ":2", name + ":4", name + ":6", name + ":7"),
                items.stream().map(BatchItem::source).toList());
        assertEquals(a, ((BatchItem.ValidCase) items.get(0)).caseRecord());
        assertEquals(b, ((BatchItem.ValidCase) items.get(1)).caseRecord());
        BatchItem.InvalidCase bad = assertInstanceOf(BatchItem.InvalidCase.class, items.get(2));
        assertTrue(bad.violations().get(0).message().contains("line 1, column"), bad.toString());
        assertEquals(c, ((BatchItem.ValidCase) items.get(3)).caseRecord());
        BatchItem.InvalidCase last = assertInstanceOf(BatchItem.InvalidCase.class, items.get(4));
        assertEquals("/serviceStage", last.violations().get(0).path());
        assertEquals(name + ":7", last.toException().source());
    }

    @Test
    void aLineOverTheSizeLimitIsReportedAndTheRestRead() throws IOException {
        Path file = dir.resolve("big.jsonl");
        String small = line(SampleCases.minimal());
        Files.writeString(file, small + "\n" + " ".repeat(5000) + small + "\n" + small, StandardCharsets.UTF_8);
        List<BatchItem> items;
        try (Stream<BatchItem> stream = SosQaJson.reader().limits(ReadLimits.DEFAULTS.withMaxDocumentBytes(2000))
                .readBatch(file)) {
            items = stream.toList();
        }
        assertEquals(List.of(true, false, true), items.stream().map(BatchItem::valid).toList());
        assertTrue(items.get(1).violations().get(0).message().contains("larger than the limit"));
        assertEquals(file + ":2", items.get(1).source());
    }

    @Test
    void directoryIsReadInNameOrderWithSubdirectories() throws IOException {
        String good = SosQaJson.toJson(SampleCases.full());
        Files.writeString(dir.resolve("b.json"), good);
        Files.writeString(dir.resolve("a.jsonl"), line(SampleCases.minimal()) + "\n" + line(SampleCases.full()) + "\n");
        Files.createDirectories(dir.resolve("c-sub/deeper"));
        Files.writeString(dir.resolve("c-sub/bad.json"), "{\"schemaVersion\": \"1.0\"");
        Files.writeString(dir.resolve("c-sub/deeper/ok.json"), good);
        Files.writeString(dir.resolve("d.json"), good.replace("\"w-017\"", "\"Jane Smith\""));
        Files.writeString(dir.resolve("notes.txt"), "not a case");
        List<BatchItem> items = all(dir);
        assertEquals(List.of(dir.resolve("a.jsonl") + ":1", dir.resolve("a.jsonl") + ":2", dir.resolve("b.json").toString(),
                        dir.resolve("c-sub/bad.json").toString(), dir.resolve("c-sub/deeper/ok.json").toString(),
                        dir.resolve("d.json").toString()),
                items.stream().map(BatchItem::source).toList());
        assertEquals(List.of(true, true, true, false, true, false), items.stream().map(BatchItem::valid).toList());
        assertEquals("/worker", items.get(5).violations().get(0).path());
    }

    @Test
    void aSingleJsonFileIsABatchOfOne() throws IOException {
        Path file = dir.resolve("one.json");
        Files.writeString(file, SosQaJson.toJson(SampleCases.full()));
        List<BatchItem> items = all(file);
        assertEquals(1, items.size());
        assertEquals(SampleCases.full(), ((BatchItem.ValidCase) items.get(0)).caseRecord());
    }

    @Test
    void aMissingPathIsAnError() {
        assertThrows(UncheckedIOException.class, () -> SosQaJson.readBatch(dir.resolve("nope")));
    }

    @Test
    void directoriesAreWalkedLazily() throws IOException {
        Files.writeString(dir.resolve("a.json"), SosQaJson.toJson(SampleCases.minimal()));
        Files.createDirectories(dir.resolve("b"));
        try (Stream<BatchItem> stream = SosQaJson.readBatch(dir)) {
            Iterator<BatchItem> it = stream.iterator();
            assertTrue(it.next().valid());
            // Written after the batch started: found, because b/ is only listed when the walk reaches it.
            Files.writeString(dir.resolve("b/late.json"), SosQaJson.toJson(SampleCases.full()));
            assertTrue(it.hasNext());
            assertEquals(dir.resolve("b/late.json").toString(), it.next().source());
            assertFalse(it.hasNext());
        }
    }

    @Test
    void jsonLinesAreReadLazily() throws IOException {
        Path file = dir.resolve("grow.jsonl");
        String small = line(SampleCases.minimal());
        Files.writeString(file, small + "\n");
        try (Stream<BatchItem> stream = SosQaJson.readBatch(file)) {
            Iterator<BatchItem> it = stream.iterator();
            assertTrue(it.next().valid());
            // Appended after the first line was read: still read, since lines are read one at a time.
            Files.writeString(file, small + "\n", java.nio.file.StandardOpenOption.APPEND);
            assertTrue(it.hasNext());
            assertEquals(file + ":2", it.next().source());
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} threads")
    @org.junit.jupiter.params.provider.ValueSource(ints = {2, 3, 8})
    void readOnSeveralThreadsTheItemsAreTheSameAndInOrder(int threads) throws IOException {
        // Many documents, so that several are in flight at once: good ones, bad ones of each kind, a line
        // over the size limit, blank lines, in a JSON Lines file, a single file and a subdirectory.
        CaseGenerator gen = new CaseGenerator(2026);
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            switch (random.nextInt(6)) {
                case 0 -> lines.append("{\"schemaVersion\": \"1.0\", \"id\": \n");
                case 1 -> lines.append(line(gen.nextCase()).replace("\"serviceStage\":\"", "\"serviceStage\":\"X")).append('\n');
                case 2 -> lines.append(" ".repeat(9000)).append(line(SampleCases.minimal())).append('\n');
                case 3 -> lines.append("  \n");
                default -> lines.append(line(gen.nextCase())).append('\n');
            }
        }
        Files.writeString(dir.resolve("a.jsonl"), lines, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.json"), SosQaJson.toJson(SampleCases.full()));
        Files.createDirectories(dir.resolve("c"));
        Files.writeString(dir.resolve("c/bad.json"), "{\"schemaVersion\": \"1.0\"");
        CaseReader reader = SosQaJson.reader().limits(ReadLimits.DEFAULTS.withMaxDocumentBytes(8000));
        List<BatchItem> one;
        try (Stream<BatchItem> items = reader.readBatch(dir)) {
            one = items.toList();
        }
        List<BatchItem> several;
        try (Stream<BatchItem> items = reader.readBatch(dir, threads)) {
            several = items.toList();
        }
        assertTrue(one.size() > 200, "documents: " + one.size());
        assertTrue(one.stream().anyMatch(BatchItem::valid) && one.stream().filter(item -> !item.valid()).count() > 50);
        assertEquals(one, several);
    }

    @Test
    void closingABatchReadOnSeveralThreadsStopsThem() throws IOException, InterruptedException {
        Path file = dir.resolve("many.jsonl");
        String small = line(SampleCases.full());
        Files.writeString(file, (small + "\n").repeat(500), StandardCharsets.UTF_8);
        try (Stream<BatchItem> items = SosQaJson.readBatch(file, 4)) {
            assertTrue(items.iterator().next().valid());
            assertTrue(readingThreads() > 0, "the batch is read on threads of its own");
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (readingThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, readingThreads(), "reading threads left running after the stream was closed");
    }

    private static long readingThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("sos-qa-read-") && thread.isAlive()).count();
    }

    @Test
    void threadsMustBeAtLeastOne() throws IOException {
        Path file = dir.resolve("one.json");
        Files.writeString(file, SosQaJson.toJson(SampleCases.full()));
        assertThrows(IllegalArgumentException.class, () -> SosQaJson.readBatch(file, 0));
    }
}
