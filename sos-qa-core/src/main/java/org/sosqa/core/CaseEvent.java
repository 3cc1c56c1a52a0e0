package org.sosqa.core;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Something that happened on the case on a date, for core data.
 *
 * @param type what happened
 * @param date when
 * @param childId the child it concerns, one of the case's children; null for events of the whole case
 *     (closure, a family network meeting)
 */
public record CaseEvent(
        @NotNull EventType type,
        @NotNull LocalDate date,
        @Identifier String childId) {
}
