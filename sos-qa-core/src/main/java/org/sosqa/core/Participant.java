package org.sosqa.core;

import jakarta.validation.constraints.NotNull;

/**
 * Someone who took part in building a version of the assessment and plan.
 *
 * @param role the part they played
 * @param personId the person, where they are one of the case's people; null for the worker or an agency
 */
public record Participant(@NotNull Role role, @Identifier String personId) {
}
