package org.sosqa.rules;

/**
 * One thing a rule checked on a case, and what it found: the trail behind every rating.
 *
 * @param rule the id of the rule that checked it, for example {@code depth.danger.who-is-worried}
 * @param criterion the id of the instrument's criterion it counts towards
 * @param met whether what the criterion asks for was there
 * @param path a JSON Pointer to the part of the case checked, for example {@code /assessments/1/dangerStatements/0/text}
 * @param span the words that showed it, in the text at {@code path}, or null where there are none
 * @param message a plain explanation for the worker and the auditor
 */
public record Finding(String rule, String criterion, boolean met, String path, TextSpan span, String message) {
}
