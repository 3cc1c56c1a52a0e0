package org.sosqa.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sosqa.core.BatchItem;

/** Batches of documents as lazy streams: one document in memory at a time, one file open at a time. */
public final class BatchReader {

    private BatchReader() {
    }

    /**
     * The documents of a JSON Lines file, a JSON file, or a directory of them.
     *
     * @param path a file or directory
     * @param pipeline how each document is read
     * @return a lazy, ordered stream; close it to close the open file
     * @throws UncheckedIOException if the path does not exist or cannot be listed
     */
    public static Stream<BatchItem> read(Path path, DocumentPipeline pipeline) {
        if (!Files.exists(path)) {
            throw new UncheckedIOException("no such file or directory: " + path, new NoSuchFileException(path.toString()));
        }
        BatchIterator items;
        try {
            items = Files.isDirectory(path) ? BatchIterator.ofDirectory(path, pipeline) : BatchIterator.ofFile(path, pipeline);
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + path, e);
        }
        Spliterator<BatchItem> spliterator = Spliterators.spliteratorUnknownSize(items,
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(spliterator, false).onClose(items::close);
    }

    static boolean isJsonLines(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl");
    }

    static boolean isBatchFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return (name.endsWith(".json") || name.endsWith(".jsonl")) && Files.isRegularFile(file);
    }
}
