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
import org.sosqa.core.BatchItem;
import org.sosqa.core.Violation;

/**
 * Walks a batch depth first: each directory's entries in name order, subdirectories where they fall in
 * that order. Only one directory listing per level and one open file are held at a time. It hands out
 * the documents unread ({@link Document}); {@link BatchReader} reads them.
 */
final class BatchIterator implements Iterator<Document>, AutoCloseable {

    private final DocumentPipeline pipeline;
    private final Deque<Iterator<Path>> directories = new ArrayDeque<>();
    private Path pendingFile;
    private JsonLinesSource lines;
    private Document next;
    private Document pendingError;
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
    public Document next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Document document = next;
        next = null;
        return document;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeLines();
        directories.clear();
    }

    private Document advance() {
        while (true) {
            if (lines != null) {
                Document line = lines.next();
                if (line != null) {
                    return line;
                }
                closeLines();
                continue;
            }
            Path file = nextFile();
            if (pendingError != null) {
                Document error = pendingError;
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
                    return Document.of(unreadable(file.toString(), e));
                }
                continue;
            }
            return single(file);
        }
    }

    private Document single(Path file) {
        String source = file.toString();
        long max = pipeline.limits().maxDocumentBytes();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = BoundedInput.read(in, max);
            return bytes == null
                    ? Document.tooLarge(source, max)
                    : Document.of(source, bytes, pipeline);
        } catch (IOException e) {
            return Document.of(unreadable(source, e));
        }
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
                    pendingError = Document.of(unreadable(entry.toString(), e));
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
