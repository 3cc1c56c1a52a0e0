package org.sosqa.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.sosqa.rules.TextSpan;

/**
 * A statement laid out for a terminal: wrapped at word boundaries, with a line of {@code ^} under the
 * characters of a span. Every character keeps its column, so the marks stand under the right words.
 */
final class Underlined {
    private Underlined() {
    }

    /**
     * One line of the laid-out text.
     *
     * @param start the index in the text of the line's first character
     * @param end the index after its last character
     * @param text the line, control characters shown as spaces, without trailing spaces
     * @param underline {@code ^} under the span's characters on this line, without trailing spaces
     */
    record Line(int start, int end, String text, String underline) {
    }

    /**
     * The text wrapped to a width.
     *
     * @param text the statement
     * @param span the characters to underline, or null for all lines without marks
     * @param width the widest line, at least 1
     * @return with a span, only the lines it touches; without, every line
     */
    static List<Line> lines(String text, TextSpan span, int width) {
        List<Line> lines = new ArrayList<>();
        int start = span == null ? 0 : Math.min(span.start(), text.length());
        int end = span == null ? 0 : Math.min(span.end(), text.length());
        int from = 0;
        while (from < text.length()) {
            int to = lineEnd(text, from, width);
            if (span == null || (start < to && end > from)) {
                lines.add(line(text, from, to, start, end));
            }
            from = to;
            // Skip the one character the line broke at, a newline or a space; after a word cut at the
            // width there is none.
            if (from < text.length() && (text.charAt(from) == '\n' || text.charAt(from) == ' ')) {
                from++;
            }
        }
        return lines;
    }

    // The end (exclusive) of the line that starts at from: at a newline, or at the last space that
    // keeps it within the width, or at the width when a word is longer.
    private static int lineEnd(String text, int from, int width) {
        int newline = text.indexOf('\n', from);
        int hardEnd = newline < 0 ? text.length() : newline;
        if (hardEnd - from <= width) {
            return hardEnd;
        }
        int space = text.lastIndexOf(' ', from + width);
        return space > from ? space : from + width;
    }

    private static Line line(String text, int from, int to, int start, int end) {
        StringBuilder shown = new StringBuilder(to - from);
        StringBuilder marks = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            shown.append(Character.isISOControl(c) ? ' ' : c);
            marks.append(i >= start && i < end ? '^' : ' ');
        }
        return new Line(from, to, shown.toString().stripTrailing(), marks.toString().stripTrailing());
    }
}
