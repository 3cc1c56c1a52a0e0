package org.sosqa.rules.internal;

/**
 * The input fact of the placeholder rule {@code engine.smoke}.
 *
 * @param value any number; the rule records twice its value
 */
public record SmokeInput(int value) {
}
