package org.sosqa.rules.internal.statement;

import java.util.regex.Pattern;

/**
 * One regular expression from a pattern file, after its {@code %name%} references were replaced.
 *
 * @param regex the expanded expression
 * @param pattern it compiled, case-insensitive
 * @param source where it was read, {@code file:line}
 */
record PatternEntry(String regex, Pattern pattern, String source) {
}
