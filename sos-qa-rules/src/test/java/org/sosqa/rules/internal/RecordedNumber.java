package org.sosqa.rules.internal;

/**
 * A test fact for rules compiled at runtime in {@link RuntimeRuleCompilerTest}: any number.
 *
 * @param value the number
 */
public record RecordedNumber(int value) {
}
