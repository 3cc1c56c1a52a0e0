package org.sosqa.rules.facts;

/**
 * A next step of the current map.
 *
 * @param path JSON Pointer to the step
 * @param hasWho whether it says who will do it
 * @param hasWhen whether it says by when
 * @param daysFromMap days from the map's date to when it is due, or null where no date is set
 */
public record NextStepFact(String path, boolean hasWho, boolean hasWhen, Long daysFromMap) {
}
