package org.sosqa.rules.internal.statement;

/**
 * A stretch of a statement's text, as UTF-16 character offsets: {@code text.substring(start, end)}.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive; greater than {@code start}
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The covered part of {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }
}
