package org.sosqa.core;

import java.util.List;
import java.util.Objects;

/**
 * What reading a batch of small records gave (appreciative inquiry records, leaders' time records,
 * implementation ratings, ...): every valid record, and every invalid one reported with where it came
 * from. One bad record never stops the others being read.
 *
 * @param <T> the record type
 * @param records the valid records, in the order read
 * @param invalid the records (or whole files) that could not be used, in the order read
 */
public record RecordBatch<T>(List<T> records, List<InvalidRecord> invalid) {

    /** Copies both lists. */
    public RecordBatch {
        records = List.copyOf(records);
        invalid = List.copyOf(invalid);
    }

    /**
     * Whether every record read was valid.
     *
     * @return true when nothing is in {@link #invalid()}
     */
    public boolean allValid() {
        return invalid.isEmpty();
    }

    /**
     * This batch followed by another.
     *
     * @param other the other batch
     * @return a batch with both batches' records and invalid records, this one's first
     */
    public RecordBatch<T> plus(RecordBatch<T> other) {
        Objects.requireNonNull(other, "other");
        List<T> r = new java.util.ArrayList<>(records);
        r.addAll(other.records);
        List<InvalidRecord> i = new java.util.ArrayList<>(invalid);
        i.addAll(other.invalid);
        return new RecordBatch<>(r, i);
    }

    /**
     * One record, or one whole file, that could not be used.
     *
     * @param source the file, or {@code FILE:LINE} for a line of a JSON Lines file
     * @param violations every problem found, each with a JSON Pointer into the document; never empty
     */
    public record InvalidRecord(String source, List<Violation> violations) {

        /**
         * Copies the violations.
         *
         * @throws IllegalArgumentException if there are none
         */
        public InvalidRecord {
            Objects.requireNonNull(source, "source");
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("an invalid record has at least one violation");
            }
        }
    }
}
