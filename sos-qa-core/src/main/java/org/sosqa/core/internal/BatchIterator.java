package org.sosqa.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sosqa.core.BatchItem;
import org.sosqa.core.ValidationResult;
import org.sosqa.core.Violation;

/**
 * Walks a batch depth first: each directory's entries in name order, subdirectories where they fall in
 * that order. Only one directory listing per level and one open file are held at a time.
 */
final class BatchIterator implements Iterator<BatchItem>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BatchIterator.class);

    private final DocumentPipeline pipeline;
    private final Deque<Iterator<Path>> directories = new ArrayDeque<>();
    private Path pendingFile;
    private JsonLinesSource lines;
    private BatchItem next;
    private BatchItem pendingError;
    private long valid;
    private long invalid;
    private boolean closed;

    private BatchIterator(DocumentPipeline pipeline) {
        this.pipeline = pipeline;
    }

    static BatchIterator ofFile(Path file, DocumentPipeline pipeline) {
        BatchIterator it = new BatchIterator(pipeline);
        it.pendingFile = file;
        return it;
    }

    static BatchIterator ofDirectory(Path dir, DocumentPipeline pipeline) throws IOException {
        BatchIterator it = new BatchIterator(pipeline);
        it.directories.push(list(dir).iterator());
        return it;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !closed) {
            next = advance();
            if (next == null) {
                close();
            }
        }
        return next != null;
    }

    @Override
    public BatchItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        BatchItem item = next;
        next = null;
        if (item.valid()) {
            valid++;
        } else {
            invalid++;
            LOG.debug("batch item {}: invalid, {} violations", valid + invalid, item.violations().size());
        }
        return item;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeLines();
        directories.clear();
        LOG.debug("batch finished: {} valid, {} invalid", valid, invalid);
    }

    private BatchItem advance() {
        while (true) {
            if (lines != null) {
                BatchItem item = lines.next();
                if (item != null) {
                    return item;
                }
                closeLines();
                continue;
            }
            Path file = nextFile();
            if (pendingError != null) {
                BatchItem error = pendingError;
                pendingError = null;
                return error;
            }
            if (file == null) {
                return null;
            }
            if (file.getFileName() == null) {
                continue;
            }
            if (BatchReader.isJsonLines(file)) {
                try {
                    lines = new JsonLinesSource(file, pipeline);
                } catch (IOException e) {
                    return unreadable(file.toString(), e);
                }
                continue;
            }
            return single(file);
        }
    }

    private BatchItem single(Path file) {
        String source = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return item(source, pipeline.check(in));
        } catch (IOException e) {
            return unreadable(source, e);
        }
    }

    static BatchItem item(String source, ValidationResult result) {
        return result.caseRecord().<BatchItem>map(r -> new BatchItem.ValidCase(source, r))
                .orElseGet(() -> new BatchItem.InvalidCase(source, result.violations()));
    }

    static BatchItem unreadable(String source, IOException e) {
        return new BatchItem.InvalidCase(source, List.of(new Violation("",
                "the file could not be read (" + e.getClass().getSimpleName() + ")")));
    }

    private Path nextFile() {
        if (pendingFile != null) {
            Path file = pendingFile;
            pendingFile = null;
            return file;
        }
        while (!directories.isEmpty()) {
            Iterator<Path> top = directories.peek();
            if (!top.hasNext()) {
                directories.pop();
                continue;
            }
            Path entry = top.next();
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    directories.push(list(entry).iterator());
                } catch (IOException e) {
                    pendingError = unreadable(entry.toString(), e);
                    return null;
                }
                continue;
            }
            if (BatchReader.isBatchFile(entry)) {
                return entry;
            }
        }
        return null;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }

    private void closeLines() {
        if (lines != null) {
            lines.close();
            lines = null;
        }
    }
}
