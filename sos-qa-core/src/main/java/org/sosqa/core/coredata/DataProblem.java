package org.sosqa.core.coredata;

/**
 * A record left out of the indicators, and why. Holds a child identifier and a location, which belong in a
 * report to the data's owner and never in a log.
 *
 * @param childId the child's identifier, or null when not known
 * @param location where: {@code file:line} for census XML, {@code caseId/events/INDEX} for case events
 * @param record what was left out
 * @param kind why
 * @param message a plain sentence, with no child-level values other than the offending text
 */
public record DataProblem(String childId, String location, RecordKind record, ProblemKind kind, String message) {
}
