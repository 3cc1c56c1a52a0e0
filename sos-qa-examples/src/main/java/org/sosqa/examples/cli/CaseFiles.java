package org.sosqa.examples.cli;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sosqa.core.BatchItem;
import org.sosqa.core.SosQaJson;
import org.sosqa.core.ValidationResult;
import org.sosqa.core.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The case files a command was given, read lazily as one stream: a JSON file, a JSON Lines file (each
 * line its own case) or a directory of them; {@code -} reads one document from standard input.
 */
final class CaseFiles {
    /** The path that means standard input. */
    static final String STDIN = "-";

    private CaseFiles() {
    }

    /**
     * Checks every path exists before any work starts, so a typo is a usage error (exit 2).
     *
     * @param spec the command, for the error
     * @param paths the paths
     * @throws CommandLine.ParameterException naming the first path that does not exist
     */
    static void requireExisting(CommandSpec spec, List<Path> paths) {
        for (Path path : paths) {
            if (!isStdin(path) && !Files.exists(path)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "No such file or directory: " + path);
            }
        }
    }

    /**
     * Threads that parse and validate documents: one a core. Reading a document costs two to three times
     * what auditing or measuring it does, so on one thread the reading would set the pace of every command
     * on a machine with more than two cores.
     */
    private static final int READING_THREADS = Runtime.getRuntime().availableProcessors();

    /**
     * All the cases in the paths, in order, one file open at a time, the documents read on a thread a
     * core ({@code SosQaJson.readBatch(path, threads)}). Close the stream when done.
     *
     * <p>Not {@code paths.stream().flatMap(...)}: pulled through an iterator, as a batch audit pulls
     * it, {@code flatMap} buffers each file's whole stream, a whole JSON Lines file in memory.
     */
    static Stream<BatchItem> read(List<Path> paths, InputStream stdin) {
        Concatenation items = new Concatenation(List.copyOf(paths), stdin);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(items::close);
    }

    private static boolean isStdin(Path path) {
        return path.toString().equals(STDIN);
    }

    private static BatchItem stdin(InputStream in) {
        try {
            ValidationResult result = SosQaJson.check(in);
            return result.caseRecord().<BatchItem>map(r -> new BatchItem.ValidCase(STDIN, r))
                    .orElseGet(() -> new BatchItem.InvalidCase(STDIN, result.violations()));
        } catch (UncheckedIOException e) {
            return unreadable(STDIN, e);
        }
    }

    private static BatchItem unreadable(String source, UncheckedIOException e) {
        return new BatchItem.InvalidCase(source, List.of(new Violation("", "could not read: " + e.getMessage())));
    }

    /** The paths' batches one after another, each opened only when the one before is done. */
    private static final class Concatenation implements Iterator<BatchItem>, AutoCloseable {
        private final List<Path> paths;
        private final InputStream stdin;
        private int nextPath;
        private Stream<BatchItem> open;
        private Iterator<BatchItem> current = java.util.Collections.emptyIterator();

        Concatenation(List<Path> paths, InputStream stdin) {
            this.paths = paths;
            this.stdin = stdin;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                close();
                if (nextPath == paths.size()) {
                    return false;
                }
                Path path = paths.get(nextPath++);
                if (isStdin(path)) {
                    current = List.of(stdin(stdin)).iterator();
                    continue;
                }
                try {
                    open = SosQaJson.readBatch(path, READING_THREADS);
                    current = open.iterator();
                } catch (UncheckedIOException e) {
                    current = List.of(unreadable(path.toString(), e)).iterator();
                }
            }
            return true;
        }

        @Override
        public BatchItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        @Override
        public void close() {
            if (open != null) {
                Stream<BatchItem> closing = open;
                open = null;
                current = java.util.Collections.emptyIterator();
                closing.close();
            }
        }
    }
}
