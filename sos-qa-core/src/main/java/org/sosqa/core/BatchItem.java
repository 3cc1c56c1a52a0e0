package org.sosqa.core;

import java.util.List;
import java.util.Objects;

/**
 * One document of a batch read by {@link SosQaJson#readBatch(java.nio.file.Path)}: a valid case with
 * where it came from, or an invalid one with every problem found.
 *
 * <p>The source is the file's path as the batch was given it, with {@code :LINE} (from 1) added for a
 * line of a JSON Lines file, for example {@code cases/march.jsonl:17}.
 */
public sealed interface BatchItem permits BatchItem.ValidCase, BatchItem.InvalidCase {

    /**
     * Where the document came from.
     *
     * @return a file path, or {@code PATH:LINE} for a line of a JSON Lines file
     */
    String source();

    /**
     * Whether the document was valid.
     *
     * @return true for a {@link ValidCase}
     */
    boolean valid();

    /**
     * The problems found.
     *
     * @return the violations; empty for a valid case
     */
    List<Violation> violations();

    /**
     * A valid document and the record read from it.
     *
     * @param source where it came from
     * @param caseRecord the validated record
     */
    record ValidCase(String source, CaseRecord caseRecord) implements BatchItem {

        /**
         * Checks both parts are present.
         *
         * @throws NullPointerException if either part is null
         */
        public ValidCase {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(caseRecord, "caseRecord");
        }

        @Override
        public boolean valid() {
            return true;
        }

        @Override
        public List<Violation> violations() {
            return List.of();
        }
    }

    /**
     * An invalid document, or a file that could not be read.
     *
     * @param source where it came from
     * @param violations every problem found; never empty
     */
    record InvalidCase(String source, List<Violation> violations) implements BatchItem {

        /**
         * Copies the violations.
         *
         * @throws IllegalArgumentException if there are no violations
         */
        public InvalidCase {
            Objects.requireNonNull(source, "source");
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("an invalid item has at least one violation");
            }
        }

        @Override
        public boolean valid() {
            return false;
        }

        /**
         * The problems as an exception, for callers that prefer to throw.
         *
         * @return an exception carrying the source and violations
         */
        public InvalidDocumentException toException() {
            return new InvalidDocumentException(source, violations);
        }
    }
}
