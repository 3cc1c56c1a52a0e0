package org.sosqa.rules.internal.statement;

/**
 * Words {@code first} to {@code last} (exclusive) of a text, and the characters they cover.
 *
 * @param first first word
 * @param last word after the last
 * @param start first character
 * @param end character after the last
 */
record Match(int first, int last, int start, int end) {

    Span span() {
        return new Span(start, end);
    }
}
