package org.sosqa.core.coredata;

/**
 * How many records of one kind were left out for one reason.
 *
 * @param record the kind of record
 * @param reason why
 * @param count how many
 */
public record LeftOut(RecordKind record, ProblemKind reason, long count) {
}
