package org.sosqa.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sosqa.rules.TextSpan;

class UnderlinedTest {

    private static List<String> texts(String text, int width) {
        return Underlined.lines(text, null, width).stream().map(Underlined.Line::text).toList();
    }

    @Test
    void aShortStatementIsOneLineWithMarksUnderTheSpan() {
        String text = "Dad hits Amy when he drinks.";

        List<Underlined.Line> lines = Underlined.lines(text, new TextSpan(4, 8), 76);

        assertEquals(List.of(new Underlined.Line(0, text.length(), text, "    ^^^^")), lines);
    }

    @Test
    void longTextWrapsAtSpacesAndOnlyTheLinesOfTheSpanAreShown() {
        String text = "one two three four five six";

        assertEquals(List.of("one two", "three four", "five six"), texts(text, 10));
        assertEquals(List.of(new Underlined.Line(8, 18, "three four", "^^^^^^^^^^")),
                Underlined.lines(text, new TextSpan(8, 18), 10));
        assertEquals(List.of("^^^", "^^^^"), Underlined.lines(text, new TextSpan(4, 12), 10).stream()
                .map(Underlined.Line::underline).map(String::strip).toList());
    }

    @Test
    void newlinesBreakLinesAndAWordLongerThanTheWidthIsCut() {
        assertEquals(List.of("ab", "cd"), texts("ab\ncd", 10));
        assertEquals(List.of("abcd", "efgh", "ij"), texts("abcdefghij", 4));
        assertEquals(List.of("a b"), texts("a\tb", 10));
    }

    @Test
    void aSpanPastTheEndIsClampedNotAnError() {
        assertEquals(List.of(new Underlined.Line(0, 5, "short", "  ^^^")), Underlined.lines("short", new TextSpan(2, 99), 76));
    }

    @Test
    void theLayoutKeepsEveryCharacterInItsColumnForAnyTextSpanAndWidth() {
        Random random = new Random(20260401L);
        String alphabet = "abc de\nf  g\th";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(60);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            int start = random.nextInt(length);
            int end = start + random.nextInt(length - start + 1);
            int width = 1 + random.nextInt(12);
            String at = "round " + round + ": \"" + text.replace("\n", "\\n") + "\" " + start + ".." + end + " width " + width;

            List<Underlined.Line> all = Underlined.lines(text, null, width);
            int next = 0;
            for (Underlined.Line line : all) {
                // Lines follow each other, each at most one break character (a newline or a space) apart.
                assertTrue(line.start() == next || (line.start() == next + 1 && " \n".indexOf(text.charAt(next)) >= 0), at);
                assertTrue(line.end() - line.start() <= width, at);
                assertEquals(text.substring(line.start(), line.end()).replaceAll("\\p{Cntrl}", " ").stripTrailing(), line.text(), at);
                next = line.end();
            }
            assertTrue(next == text.length() || (next == text.length() - 1 && " \n".indexOf(text.charAt(next)) >= 0), at);

            List<Underlined.Line> marked = Underlined.lines(text, new TextSpan(start, end), width);
            List<Underlined.Line> touched = all.stream().filter(l -> l.start() < end && l.end() > start).toList();
            assertEquals(touched.stream().map(Underlined.Line::start).toList(), marked.stream().map(Underlined.Line::start).toList(), at);
            for (Underlined.Line line : marked) {
                for (int column = 0; column < line.end() - line.start(); column++) {
                    int index = line.start() + column;
                    boolean mark = column < line.underline().length() && line.underline().charAt(column) == '^';
                    assertEquals(index >= start && index < end, mark, at + " column " + column);
                }
            }
        }
    }
}
