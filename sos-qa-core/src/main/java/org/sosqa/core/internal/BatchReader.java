package org.sosqa.core.internal;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.sosqa.core.BatchItem;

/** Placeholder. */
public final class BatchReader {
    private BatchReader() {
    }

    public static Stream<BatchItem> read(Path path, DocumentPipeline pipeline) {
        return Stream.empty();
    }
}
