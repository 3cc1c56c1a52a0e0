package org.sosqa.core.internal;

import java.util.List;
import org.sosqa.core.BatchItem;
import org.sosqa.core.ValidationResult;
import org.sosqa.core.Violation;

/**
 * One document of a batch, taken from its file but not yet read: {@link #read()} parses and validates
 * it. Taking documents from files is quick and must keep to their order; reading them is most of the
 * cost of a batch, and may run on several threads ({@link BatchReader}).
 */
@FunctionalInterface
interface Document {

    /** Parses and validates the document. */
    BatchItem read();

    /** A document known without reading it: one that could not be taken from its file, or was too large. */
    static Document of(BatchItem item) {
        return () -> item;
    }

    /** A document over the size limit, reported without being held in memory. */
    static Document tooLarge(String source, long maxBytes) {
        return of(new BatchItem.InvalidCase(source, List.of(new Violation("", TreeParser.tooLarge(maxBytes)))));
    }

    /** A document's bytes, read with {@code pipeline}. */
    static Document of(String source, byte[] bytes, DocumentPipeline pipeline) {
        return () -> item(source, pipeline.check(bytes));
    }

    private static BatchItem item(String source, ValidationResult result) {
        return result.caseRecord().<BatchItem>map(r -> new BatchItem.ValidCase(source, r))
                .orElseGet(() -> new BatchItem.InvalidCase(source, result.violations()));
    }
}
