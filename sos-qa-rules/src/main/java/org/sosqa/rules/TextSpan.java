package org.sosqa.rules;

/**
 * A run of characters in a statement, so a screen can highlight the words behind a finding.
 *
 * @param start the index of the first character, from 0
 * @param end the index after the last character
 */
public record TextSpan(int start, int end) {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
