package org.sosqa.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sosqa.core.BatchItem;

/**
 * Batches of documents as lazy streams: one file open at a time, and one document in memory at a time
 * when read on the consumer's thread (a bounded number when read on several).
 */
public final class BatchReader {

    private static final Logger LOG = LoggerFactory.getLogger(BatchReader.class);
    /** Documents being read at once, per reading thread: enough to keep the threads busy, few enough to hold. */
    private static final int WINDOW_PER_THREAD = 16;

    private BatchReader() {
    }

    /**
     * The documents of a JSON Lines file, a JSON file, or a directory of them, read on the consumer's
     * thread.
     *
     * @param path a file or directory
     * @param pipeline how each document is read
     * @return a lazy, ordered stream; close it to close the open file
     * @throws UncheckedIOException if the path does not exist or cannot be listed
     */
    public static Stream<BatchItem> read(Path path, DocumentPipeline pipeline) {
        return read(path, pipeline, 1);
    }

    /**
     * The same documents, parsed and validated on {@code threads} threads while the consumer takes them
     * in order ({@link OrderedParallel}); files are still opened and cut into documents one at a time,
     * on the consumer's thread. One thread reads on the consumer's thread, with no pool.
     *
     * @param path a file or directory
     * @param pipeline how each document is read
     * @param threads how many threads read documents
     * @return a lazy, ordered stream; close it to close the open file and stop the threads
     * @throws UncheckedIOException if the path does not exist or cannot be listed
     */
    public static Stream<BatchItem> read(Path path, DocumentPipeline pipeline, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (!Files.exists(path)) {
            throw new UncheckedIOException("no such file or directory: " + path, new NoSuchFileException(path.toString()));
        }
        BatchIterator documents;
        try {
            documents = Files.isDirectory(path) ? BatchIterator.ofDirectory(path, pipeline) : BatchIterator.ofFile(path, pipeline);
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + path, e);
        }
        Stream<Document> taken = ordered(documents).onClose(documents::close);
        Stream<BatchItem> items = threads == 1
                ? taken.map(Document::read)
                : OrderedParallel.map("sos-qa-read", taken, Document::read, threads, threads * WINDOW_PER_THREAD);
        Tally tally = new Tally(items.iterator());
        return ordered(tally).onClose(() -> {
            items.close();
            tally.finish();
        });
    }

    private static <T> Stream<T> ordered(Iterator<T> iterator) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Counts the items as they are taken, and logs the counts (no more) once, at the end or on closing. */
    private static final class Tally implements Iterator<BatchItem> {
        private final Iterator<BatchItem> items;
        private long valid;
        private long invalid;
        private boolean finished;

        Tally(Iterator<BatchItem> items) {
            this.items = items;
        }

        @Override
        public boolean hasNext() {
            boolean more = !finished && items.hasNext();
            if (!more) {
                finish();
            }
            return more;
        }

        @Override
        public BatchItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            BatchItem item = items.next();
            if (item.valid()) {
                valid++;
            } else {
                invalid++;
                LOG.debug("batch item {}: invalid, {} violations", valid + invalid, item.violations().size());
            }
            return item;
        }

        void finish() {
            if (!finished) {
                finished = true;
                LOG.debug("batch finished: {} valid, {} invalid", valid, invalid);
            }
        }
    }

    static boolean isJsonLines(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl");
    }

    static boolean isBatchFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return (name.endsWith(".json") || name.endsWith(".jsonl")) && Files.isRegularFile(file);
    }
}
