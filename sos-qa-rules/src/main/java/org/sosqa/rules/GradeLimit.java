package org.sosqa.rules;

/**
 * A limiting judgement: a finding serious enough to cap the grade whatever the score.
 *
 * @param rule the id of the rule that found it
 * @param atMost the best grade the case can have
 * @param path a JSON Pointer to what was found
 * @param message why
 */
public record GradeLimit(String rule, Grade atMost, String path, String message) {
}
